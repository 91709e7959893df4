// Code quoted in docs/http-binding.md; compiled by `pnpm typecheck`.
import { createServer } from 'node:http';
import { IntegrationEventRouter, OutboxRelay, type InMemoryPersistence } from '@glia/core';
import { HttpCloudEventPublisher, HttpCloudEventsReceiver, nodeCloudEventsHandler } from '@glia/http';
import type { PostgresPersistence } from '@glia/postgres';
import { OrderConfirmedV1 } from './integration-events.example.js';

// #region receive
export function billingEndpoint() {
  const receiver = new HttpCloudEventsReceiver({
    name: 'billing', // the inbox records ids under this consumer name
    router: new IntegrationEventRouter().on(OrderConfirmedV1, async (order) => {
      console.log(`bill ${order.orderId}: ${order.total}`);
    }),
    maxBodyBytes: 256 * 1024, // larger requests are answered 413
  });
  // POST /events with application/cloudevents+json, application/cloudevents-batch+json or ce-* headers.
  return createServer(nodeCloudEventsHandler(receiver)).listen(8080);
}
// #endregion receive

// #region durable
export function durableReceiver(persistence: PostgresPersistence) {
  return new HttpCloudEventsReceiver({
    name: 'billing',
    router: new IntegrationEventRouter().on(OrderConfirmedV1, async () => undefined),
    // The inbox record commits in the same transaction as the handler's work.
    inbox: persistence.inbox,
    transactions: persistence.transactions,
  });
}
// #endregion durable

// #region publish
export async function publishToSink(persistence: InMemoryPersistence) {
  const publisher = new HttpCloudEventPublisher({
    url: 'https://billing.example.com/events',
    mode: 'structured', // or 'binary': attributes in ce-* headers
    headers: { authorization: `Bearer ${process.env['BILLING_TOKEN'] ?? ''}` },
    timeoutMs: 5_000,
    maxAttempts: 5, // network errors, timeouts, 408, 429 and 5xx; backoff 200 ms, 400 ms, ...
    onRejected: (event, reason) => console.warn(`billing refused ${event.id}: ${reason}`),
  });
  const relay = new OutboxRelay(persistence.outbox, publisher, { batchSize: 100 });
  // Confirmed events are marked sent; the rest stay pending for the next pass.
  return relay.relayAll();
}
// #endregion publish
