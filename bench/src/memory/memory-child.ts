// Runs in a fresh process (`node --expose-gc`): pushes N events through one contender and prints resident
// memory before and after, both measured after a full garbage collection.
import 'reflect-metadata';
import { EventEmitter } from 'node:events';
import { createGlia, repositoryToken, silentLogger, type Persistence, type Repository } from '@glia/core';
import { gliaHandlers } from '../dispatch/glia-handlers.js';
import { Pinger } from '../dispatch/pinger.aggregate.js';
import { Completion } from '../measure/completion.js';
import { DiscardingPersistence } from './discarding-persistence.js';

declare const gc: () => void;
const [contender = 'glia', eventsArg = '100000', handlersArg = '1'] = process.argv.slice(2);
const events = Number(eventsArg);
const handlers = Number(handlersArg);
const perCommit = 100;
type Run = { readonly step: () => Promise<void>; readonly retained: () => Promise<number> };

function snapshot(): { rss: number; heapUsed: number } {
  gc();
  gc();
  const { rss, heapUsed } = process.memoryUsage();
  return { rss, heapUsed };
}

async function glia(completion: Completion, persistence?: Persistence): Promise<Run> {
  const app = await createGlia({
    aggregates: [Pinger],
    eventHandlers: gliaHandlers(handlers, completion),
    logger: silentLogger,
    ...(persistence && { persistence }),
  });
  const token = repositoryToken(Pinger);
  let n = 0;
  const step = async (): Promise<void> => {
    const scope = app.openScope();
    const pinger = new Pinger(`pinger-${(n += 1)}`);
    scope.get<Repository<Pinger>>(token).add(pinger);
    for (let i = 0; i < perCommit; i += 1) pinger.ping();
    await scope.unitOfWork.commit();
    await app.drain();
  };
  return { step, retained: async () => (await app.deliveries.list()).length };
}

async function emitter(completion: Completion): Promise<Run> {
  const bus = new EventEmitter();
  for (let i = 0; i < handlers; i += 1) bus.on('pinged', async () => completion.hit());
  let target = 0;
  const step = async (): Promise<void> => {
    for (let i = 0; i < perCommit; i += 1) bus.emit('pinged', { n: i });
    target += perCommit * handlers;
    while (completion.handled < target) await new Promise((resolve) => setImmediate(resolve));
  };
  return { step, retained: async () => bus.listenerCount('pinged') };
}

const completion = new Completion(events * handlers);
const run =
  contender === 'emitter'
    ? await emitter(completion)
    : await glia(completion, contender === 'glia-discarding' ? new DiscardingPersistence() : undefined);
await run.step(); // loads and compiles everything before the first measurement
await new Promise((resolve) => setImmediate(resolve));
const before = snapshot();
const started = performance.now();
// Each commit starts from the event loop, as a request would: within one job, every WeakRef target stays
// alive until the job ends (inversify registers each child container in a WeakList).
for (let done = perCommit; done < events; done += perCommit) {
  await run.step();
  await new Promise((resolve) => setImmediate(resolve));
}
const seconds = (performance.now() - started) / 1000;
const after = snapshot();
// Read after the snapshot so that the application stays reachable until then.
const retained = await run.retained();
completion.assertDone(contender);
process.stdout.write(`${JSON.stringify({ contender, events, handlers, seconds, before, after, retained })}\n`);
