import { createGlia, repositoryToken, silentLogger, type CloudEvent, type Repository } from '@glia/core';
import { postgresPersistence } from '@glia/postgres';
import { RabbitMqPublisher } from '@glia/rabbitmq';
import { Pinger } from '../dispatch/pinger.aggregate.js';
import type { BenchDatabase } from '../durable/bench-database.js';
import { pingerRegistration } from '../durable/pinger-mapper.js';
import { Completion } from '../measure/completion.js';
import { summarise, type LatencySummary } from '../measure/latencies.js';
import { openLoop, sleep } from '../measure/open-loop.js';
import { pingedMapping } from './bench-integration.js';
import type { BrokerRig } from './broker-rig.js';

/** What the remote consumer saw at one offered rate. */
export type ConsumerLatency = {
  readonly offered: number;
  readonly commits: number;
  readonly received: number;
  /** From `unitOfWork.commit()` resolving to the message arriving at an amqplib consumer. */
  readonly commitToConsumer: LatencySummary;
};

/**
 * Offers `rate` commits per second (one new aggregate, one event, one integration event each) to a
 * Glia app whose relay runs in-process (`integration: { publisher }`: woken after each commit that
 * wrote integration events, polling as the fallback) and publishes to RabbitMQ; an amqplib consumer
 * on the bound queue, in this process, records when each event arrives.
 */
export async function consumerLatency(
  db: BenchDatabase,
  broker: BrokerRig,
  rate: number,
  seconds: number,
  drainSeconds: number,
): Promise<ConsumerLatency> {
  await db.truncate();
  const total = Math.round(rate * seconds);
  const completion = new Completion(total);
  const received = new Map<string, number>();
  const model = await broker.connect();
  const channel = await model.createChannel();
  await channel.prefetch(1_000);
  await channel.consume(broker.queue, (message) => {
    if (message === null) return;
    const subject = (JSON.parse(message.content.toString()) as CloudEvent).subject ?? '';
    if (!received.has(subject)) {
      received.set(subject, performance.now());
      completion.hit();
    }
    channel.ack(message);
  });
  const glia = await createGlia({
    persistence: postgresPersistence({ driver: db.driver, schema: db.schema, migrate: false, ownsDriver: false }),
    aggregates: [pingerRegistration],
    integrationEvents: [pingedMapping],
    integration: { publisher: new RabbitMqPublisher({ url: broker.url, exchange: broker.exchange }) },
    logger: silentLogger,
  });
  const token = repositoryToken(Pinger);
  const committed = new Map<string, number>();

  await openLoop(rate, seconds, async (i) => {
    const id = `remote-${i}`;
    const scope = glia.openScope();
    const pinger = new Pinger(id);
    scope.get<Repository<Pinger>>(token).add(pinger);
    pinger.ping();
    await scope.unitOfWork.commit();
    committed.set(id, performance.now());
  });
  await Promise.race([completion.done, sleep(drainSeconds * 1000)]);
  await glia.close();
  await model.close();
  await broker.expectAndPurge(0, 'consumer latency');

  const latencies = [...received].map(([id, at]) => Math.max(0, at - (committed.get(id) ?? at)));
  return { offered: rate, commits: total, received: received.size, commitToConsumer: summarise(latencies) };
}
