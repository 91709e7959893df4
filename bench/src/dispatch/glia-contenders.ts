import { randomUUID } from 'node:crypto';
import {
  createGlia,
  repositoryToken,
  silentLogger,
  type Delivery,
  type Repository,
  type TelemetryOptions,
} from '@glia/core';
import { Completion } from '../measure/completion.js';
import { CapturingPersistence } from './capturing-persistence.js';
import { gliaHandlers } from './glia-handlers.js';
import { Pinger } from './pinger.aggregate.js';

/**
 * Glia's in-process dispatcher alone. Untimed: `events` Pinged events are raised and written to the
 * in-memory outbox with one pending delivery per handler, as a commit would. Timed:
 * `dispatcher.dispatch(deliveries)` then `glia.drain()`, i.e. every delivery run in its own scope
 * (child container, handler resolved from it, unit of work committed) and recorded as completed.
 */
export async function gliaDispatchSample(handlerCount: number, events: number): Promise<number> {
  const completion = new Completion(events * handlerCount);
  const persistence = new CapturingPersistence();
  const glia = await createGlia({
    persistence,
    eventHandlers: gliaHandlers(handlerCount, completion),
    logger: silentLogger,
  });
  const pinger = new Pinger('pinger');
  for (let i = 0; i < events; i += 1) pinger.ping();
  const raised = pinger.getUncommittedEvents();
  const now = new Date();
  const deliveries = raised.flatMap((event) =>
    glia.eventHandlers.handlersFor(event).map((r): Delivery => ({
      id: randomUUID(),
      event,
      handler: r.name,
      status: 'pending',
      attempts: 0,
      availableAt: now,
    })),
  );
  await persistence.transactions.run((tx) => persistence.outbox.append(tx, { events: raised, deliveries }));
  const dispatcher = persistence.dispatcher;
  if (dispatcher === undefined) throw new Error('createGlia did not ask the persistence for a dispatcher.');

  const start = performance.now();
  dispatcher.dispatch(deliveries);
  await glia.drain();
  const seconds = (performance.now() - start) / 1000;

  completion.assertDone('glia dispatcher');
  await glia.close();
  return events / seconds;
}

/**
 * Glia end to end, as an application uses it. Timed: for each event, open a scope, add a new
 * aggregate through its repository, raise one event, `unitOfWork.commit()` (in-memory store and
 * outbox); then one `glia.drain()` at the end, which awaits every delivery. Spans and metrics go to
 * `telemetry` when given, to the global (no-op) providers otherwise.
 */
export async function gliaCommitSample(
  handlerCount: number,
  events: number,
  telemetry?: TelemetryOptions,
): Promise<number> {
  const completion = new Completion(events * handlerCount);
  const glia = await createGlia({
    aggregates: [Pinger],
    eventHandlers: gliaHandlers(handlerCount, completion),
    logger: silentLogger,
    ...(telemetry !== undefined && { telemetry }),
  });
  const token = repositoryToken(Pinger);

  const start = performance.now();
  for (let i = 0; i < events; i += 1) {
    const scope = glia.openScope();
    const pinger = new Pinger(`pinger-${i}`);
    scope.get<Repository<Pinger>>(token).add(pinger);
    pinger.ping();
    await scope.unitOfWork.commit();
  }
  await glia.drain();
  const seconds = (performance.now() - start) / 1000;

  completion.assertDone('glia commit');
  await glia.close();
  return events / seconds;
}
