import { randomUUID } from 'node:crypto';
import {
  createGlia,
  HandlesEvent,
  repositoryToken,
  silentLogger,
  type DomainEventHandler,
  type Repository,
} from '@glia/core';
import { postgresPersistence } from '@glia/postgres';
import { Pinged } from '../dispatch/pinged.event.js';
import { Pinger } from '../dispatch/pinger.aggregate.js';
import type { BenchDatabase } from '../durable/bench-database.js';
import { pingerRegistration } from '../durable/pinger-mapper.js';
import { Completion } from '../measure/completion.js';
import { summarise, type LatencySummary } from '../measure/latencies.js';
import { openLoop, sleep } from '../measure/open-loop.js';

/** What one run at one offered rate saw. */
export type DeliveryLatency = {
  readonly offered: number;
  readonly achieved: number;
  readonly commits: number;
  readonly delivered: number;
  /** From `unitOfWork.commit()` resolving to the handler's `handle` being called. */
  readonly commitToHandler: LatencySummary;
  /** From the commit's scheduled start (open loop) to the handler: includes the commit and any queueing. */
  readonly scheduledToHandler: LatencySummary;
  readonly commitDuration: LatencySummary;
};

/**
 * Offers `rate` commits per second for `seconds` to a Glia app on `db` with its durable delivery
 * worker running (default tuning), each commit one new aggregate with one event for one handler, and
 * records when each handler call starts. Waits at most `drainSeconds` for the last deliveries.
 */
export async function deliveryLatency(
  db: BenchDatabase,
  rate: number,
  seconds: number,
  drainSeconds: number,
): Promise<DeliveryLatency> {
  await db.truncate();
  const total = Math.round(rate * seconds);
  const started = new Map<string, number>();
  const completion = new Completion(total);
  @HandlesEvent(Pinged, { name: 'bench.LatencyProbe' })
  class LatencyProbe implements DomainEventHandler<Pinged> {
    async handle(event: Pinged): Promise<void> {
      const id = event.aggregateId ?? '';
      // At-least-once: a redelivery is not a second start.
      if (started.has(id)) return;
      started.set(id, performance.now());
      completion.hit();
    }
  }
  const glia = await createGlia({
    persistence: postgresPersistence({ driver: db.driver, schema: db.schema, migrate: false, ownsDriver: false }),
    aggregates: [pingerRegistration],
    eventHandlers: [LatencyProbe],
    logger: silentLogger,
  });
  const token = repositoryToken(Pinger);
  const prefix = randomUUID();
  const scheduled = new Map<string, number>();
  const committed = new Map<string, number>();
  const durations: number[] = [];

  const { scheduleSeconds } = await openLoop(rate, seconds, async (i, at) => {
    const id = `${prefix}-${i}`;
    scheduled.set(id, at);
    const begun = performance.now();
    const scope = glia.openScope();
    const pinger = new Pinger(id);
    scope.get<Repository<Pinger>>(token).add(pinger);
    pinger.ping();
    await scope.unitOfWork.commit();
    const now = performance.now();
    committed.set(id, now);
    durations.push(now - begun);
  });
  await Promise.race([completion.done, sleep(drainSeconds * 1000)]);
  await glia.close();

  const commitToHandler: number[] = [];
  const scheduledToHandler: number[] = [];
  for (const [id, at] of started) {
    commitToHandler.push(Math.max(0, at - (committed.get(id) ?? at)));
    scheduledToHandler.push(at - (scheduled.get(id) ?? at));
  }
  return {
    offered: rate,
    achieved: total / scheduleSeconds,
    commits: total,
    delivered: started.size,
    commitToHandler: summarise(commitToHandler),
    scheduledToHandler: summarise(scheduledToHandler),
    commitDuration: summarise(durations),
  };
}
