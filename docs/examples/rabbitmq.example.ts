// Code quoted in docs/rabbitmq.md; compiled by `pnpm typecheck`.
import {
  createGlia,
  mapDomainEvent,
  IntegrationEventReceiver,
  IntegrationEventRouter,
  InMemoryInbox,
  OutboxRelay,
  type InMemoryPersistence,
} from '@glia/core';
import { RabbitMqConsumer, RabbitMqPublisher, redriveDeadLetters } from '@glia/rabbitmq';
import type { PostgresPersistence } from '@glia/postgres';
import { OrderConfirmed } from './domain/order-confirmed.event.js';
import { OrderConfirmedV1 } from './integration-events.example.js';

const url = process.env['AMQP_URL'] ?? 'amqp://guest:guest@127.0.0.1:5672';

// #region publish
export async function publish(persistence: InMemoryPersistence) {
  const publisher = new RabbitMqPublisher({
    url,
    exchange: 'mario-pizzeria.events',
    mode: 'structured', // or 'binary': attributes in `cloudEvents:` headers
    priorityOf: (event) => (event.type.endsWith('.urgent.v1') ? 9 : undefined),
    onReturned: (event) => console.warn(`nobody listens to ${event.type} yet; it stays pending`),
  });
  const relay = new OutboxRelay(persistence.outbox, publisher, { batchSize: 500 });
  const report = await relay.relayAll(); // { confirmed, returned, failed, rejected, undelivered, more }
  await publisher.close();
  return report;
}
// #endregion publish

// #region run-relay
export async function runWithRabbitMq(persistence: PostgresPersistence) {
  const glia = await createGlia({
    persistence, // postgresPersistence({ driver: pgDriver() }); or none: the relay runs in memory too
    // aggregates, command and event handlers as usual …
    integrationEvents: [
      mapDomainEvent(OrderConfirmed, OrderConfirmedV1, (e) => ({
        orderId: e.orderId,
        customerId: e.customerId,
        total: (e.totalCents / 100).toFixed(2),
        confirmedAt: e.occurredAt.toISOString(),
      })),
    ],
    // The relay starts with Glia: woken by each commit (NOTIFY), polling every second as the fallback.
    integration: {
      publisher: new RabbitMqPublisher({ url, exchange: 'mario-pizzeria.events' }),
      relay: { batchSize: 500, pollIntervalMs: 1_000, onUndelivered: (r) => console.warn(r.id, r.outcome) },
    },
  });
  // ... commands commit; their integration events go out in commit order.
  await glia.close(); // stops the relay after the batch in flight, closes the publisher, then the database
}
// #endregion run-relay

// #region consume
export async function consume(persistence: InMemoryPersistence) {
  const consumer = new RabbitMqConsumer({
    url,
    exchange: 'mario-pizzeria.events',
    queue: 'billing',
    bindings: ['com.mariopizzeria.order.#'],
    prefetch: 32,
    retryDelaysMs: [1_000, 10_000, 60_000], // 4 attempts, then the dead-letter queue
    maxPriority: 10,
    receiver: new IntegrationEventReceiver({
      name: 'billing',
      router: new IntegrationEventRouter().on(OrderConfirmedV1, async (order) => {
        console.log(`bill ${order.orderId}: ${order.total}`);
      }),
      inbox: new InMemoryInbox(),
      transactions: persistence.transactions,
    }),
  });
  await consumer.start();
  // ... on SIGTERM: stop taking, finish and ack what is in flight, close.
  await consumer.stop();
}
// #endregion consume

// #region redrive
export async function redrive() {
  const moved = await redriveDeadLetters({ url, queue: 'billing' });
  console.log(`${moved} dead letters are back in 'billing'`);
}
// #endregion redrive
