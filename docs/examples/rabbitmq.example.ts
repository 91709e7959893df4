// Code quoted in docs/rabbitmq.md; compiled by `pnpm typecheck`.
import {
  IntegrationEventReceiver,
  IntegrationEventRouter,
  InMemoryInbox,
  OutboxRelay,
  type InMemoryPersistence,
} from '@glia/core';
import { RabbitMqConsumer, RabbitMqPublisher, redriveDeadLetters } from '@glia/rabbitmq';
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
  const report = await relay.relayAll(); // { confirmed, returned, failed, undelivered }
  await publisher.close();
  return report;
}
// #endregion publish

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
