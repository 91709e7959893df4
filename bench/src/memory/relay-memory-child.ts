// Runs in a fresh process (`node --expose-gc`): relays N integration events from a PostgreSQL outbox to RabbitMQ
// and prints resident memory before and after, both measured after a full garbage collection.
import 'reflect-metadata';
import { OutboxRelay, silentLogger } from '@glia/core';
import { postgresPersistence } from '@glia/postgres';
import { RabbitMqPublisher } from '@glia/rabbitmq';
import { BenchDatabase } from '../durable/bench-database.js';
import { BrokerRig } from '../relay/broker-rig.js';
import { RELAY_BATCH } from '../relay/relay-contenders.js';

declare const gc: () => void;
const events = Number(process.argv[2] ?? '100000');

function snapshot(): { rss: number; heapUsed: number } {
  gc();
  gc();
  const { rss, heapUsed } = process.memoryUsage();
  return { rss, heapUsed };
}

const db = await BenchDatabase.postgres(4);
const broker = await BrokerRig.open();
try {
  // Rows as the integration-event mapper writes them, inserted in bulk: filling through commits would take longer than the relay.
  await db.driver.query(
    `INSERT INTO ${db.quoted}.outbox_messages (id, message)
     SELECT 'mem-' || g, jsonb_build_object('specversion', '1.0', 'id', 'mem-' || g, 'source', '/glia/bench',
       'type', 'dev.glia.bench.pinged.v1', 'time', now(), 'subject', 'pinger-' || g,
       'datacontenttype', 'application/json', 'data', jsonb_build_object('n', g))
     FROM generate_series(1, $1::int) AS g`,
    [events + RELAY_BATCH],
  );
  const persistence = postgresPersistence({ driver: db.driver, schema: db.schema, migrate: false, ownsDriver: false });
  const publisher = new RabbitMqPublisher({ url: broker.url, exchange: broker.exchange, logger: silentLogger });
  const relay = new OutboxRelay(persistence.outbox, publisher, { batchSize: RELAY_BATCH });
  await relay.relayOnce(); // loads and compiles everything before the first measurement
  const before = snapshot();
  const started = performance.now();
  const report = await relay.relayAll();
  const seconds = (performance.now() - started) / 1000;
  const after = snapshot();
  await publisher.close();
  if (report.confirmed !== events) throw new Error(`relay: ${report.confirmed} of ${events} events confirmed.`);
  await broker.expectAndPurge(events + RELAY_BATCH, 'relay memory');
  process.stdout.write(
    `${JSON.stringify({ contender: 'relay', events, handlers: 0, seconds, before, after, retained: 0 })}\n`,
  );
} finally {
  await broker.close();
  await db.close();
}
