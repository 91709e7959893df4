import {
  createGlia,
  OutboxRelay,
  repositoryToken,
  silentLogger,
  STRUCTURED_CONTENT_TYPE,
  type CloudEvent,
  type Glia,
  type Repository,
} from '@glia/core';
import { postgresPersistence, type PostgresPersistence } from '@glia/postgres';
import { RabbitMqPublisher } from '@glia/rabbitmq';
import { Pinger } from '../dispatch/pinger.aggregate.js';
import type { BenchDatabase } from '../durable/bench-database.js';
import { pingerRegistration } from '../durable/pinger-mapper.js';
import { pingedMapping } from './bench-integration.js';
import type { BrokerRig } from './broker-rig.js';

/** Events per relay pass and per raw confirm batch: the relay's default. */
export const RELAY_BATCH = 500;

/** An outbox holding `count` pending integration events, written by Glia commits of 100 aggregates each. */
export type FilledOutbox = {
  readonly persistence: PostgresPersistence;
  readonly glia: Glia;
  /** The same events, as the raw contender publishes them. */
  readonly events: readonly CloudEvent[];
  /** Marks every event pending again (untimed), so each sample relays the same rows. */
  readonly reset: () => Promise<void>;
};

/** Commits `count` `Pinged` events (one per new aggregate, 100 per commit) with their integration events. */
export async function fillOutbox(db: BenchDatabase, count: number): Promise<FilledOutbox> {
  await db.truncate();
  const persistence = postgresPersistence({ driver: db.driver, schema: db.schema, migrate: false, ownsDriver: false });
  const glia = await createGlia({
    persistence,
    aggregates: [pingerRegistration],
    integrationEvents: [pingedMapping],
    integration: { relay: false },
    logger: silentLogger,
  });
  const token = repositoryToken(Pinger);
  for (let done = 0; done < count; done += 100) {
    const scope = glia.openScope();
    const repository = scope.get<Repository<Pinger>>(token);
    for (let k = done; k < Math.min(count, done + 100); k += 1) {
      const pinger = new Pinger(`relay-${k}`);
      repository.add(pinger);
      pinger.ping();
    }
    await scope.unitOfWork.commit();
  }
  const events = await persistence.outbox.pendingMessages(count);
  if (events.length !== count) throw new Error(`The outbox holds ${events.length} events, ${count} expected.`);
  const reset = async (): Promise<void> => {
    await db.driver.exec(`UPDATE ${db.quoted}.outbox_messages SET sent_at = NULL`);
    await db.driver.exec(`VACUUM ANALYZE ${db.quoted}.outbox_messages`);
  };
  return { persistence, glia, events, reset };
}

/**
 * Glia's relay: `OutboxRelay.relayAll()` from the PostgreSQL outbox to a `RabbitMqPublisher`
 * (confirm channel, persistent, mandatory, structured CloudEvents), batches of 500: read pending,
 * publish, await every confirm, mark sent. Untimed: resetting the rows to pending, connecting.
 */
export async function gliaRelaySample(outbox: FilledOutbox, broker: BrokerRig): Promise<number> {
  await outbox.reset();
  const publisher = new RabbitMqPublisher({ url: broker.url, exchange: broker.exchange });
  await publisher.start();
  const relay = new OutboxRelay(outbox.persistence.outbox, publisher, { batchSize: RELAY_BATCH });

  const start = performance.now();
  const report = await relay.relayAll();
  const seconds = (performance.now() - start) / 1000;

  await publisher.close();
  if (report.confirmed !== outbox.events.length) {
    throw new Error(`Glia relay: ${report.confirmed} of ${outbox.events.length} events confirmed.`);
  }
  await broker.expectAndPurge(outbox.events.length, 'Glia relay');
  return outbox.events.length / seconds;
}

/**
 * The baseline: raw amqplib on a confirm channel, the same events (already in memory) as JSON with
 * the same properties, 500 published back to back (pausing on back-pressure), then
 * `waitForConfirms()`, batch after batch. Untimed: connecting and opening the channel.
 */
export async function rawAmqpSample(outbox: FilledOutbox, broker: BrokerRig): Promise<number> {
  const model = await broker.connect();
  const channel = await model.createConfirmChannel();
  const { events } = outbox;

  const start = performance.now();
  for (let from = 0; from < events.length; from += RELAY_BATCH) {
    for (const event of events.slice(from, from + RELAY_BATCH)) {
      const written = channel.publish(broker.exchange, event.type, Buffer.from(JSON.stringify(event)), {
        persistent: true,
        mandatory: true,
        messageId: event.id,
        type: event.type,
        contentType: STRUCTURED_CONTENT_TYPE,
      });
      if (!written) await new Promise((resolve) => channel.once('drain', resolve));
    }
    await channel.waitForConfirms();
  }
  const seconds = (performance.now() - start) / 1000;

  await model.close();
  await broker.expectAndPurge(events.length, 'raw amqplib');
  return events.length / seconds;
}
