// Code quoted in docs/integration-events.md; compiled by `pnpm typecheck`.
import {
  IntegrationData,
  IntegrationEventReceiver,
  IntegrationEventRouter,
  InMemoryInbox,
  InMemoryPersistence,
  InProcessIntegrationPublisher,
  OutboxRelay,
  createGlia,
  defineIntegrationEvent,
  mapDomainEvent,
} from '@glia/core';
import { z } from 'zod';
import { OrderConfirmed } from './domain/order-confirmed.event.js';
import { Order } from './domain/order.aggregate.js';

// #region define
/** Published when an order is confirmed; other services build on it, in any language. */
export const OrderConfirmedV1 = defineIntegrationEvent({
  type: 'com.mariopizzeria.order.confirmed.v1',
  source: '/mario-pizzeria/orders',
  schema: z.object({
    orderId: z.string(),
    customerId: z.string(),
    total: IntegrationData.money(), // "12.50": a string, never a float
    confirmedAt: IntegrationData.timestamp(),
  }),
});
// #endregion define

// #region v2
/** Version 2 carries the currency with the amount. */
export const OrderConfirmedV2 = defineIntegrationEvent({
  type: 'com.mariopizzeria.order.confirmed.v2',
  source: '/mario-pizzeria/orders',
  schema: z.object({
    orderId: z.string(),
    total: z.object({ amount: IntegrationData.money(), currency: IntegrationData.currency() }),
  }),
});
// #endregion v2

// #region map
export async function produce() {
  const persistence = new InMemoryPersistence();
  const glia = await createGlia({
    persistence,
    aggregates: [Order],
    integrationEvents: [
      mapDomainEvent(OrderConfirmed, OrderConfirmedV1, (e) => ({
        orderId: e.orderId,
        customerId: e.customerId,
        total: (e.totalCents / 100).toFixed(2),
        confirmedAt: e.occurredAt.toISOString(),
      })),
    ],
  });
  return { glia, persistence };
}
// #endregion map

// #region consume
export async function consume(persistence: InMemoryPersistence) {
  const billed: string[] = [];
  const router = new IntegrationEventRouter()
    .on(OrderConfirmedV2, async ({ orderId, total }) => {
      billed.push(`${orderId}: ${total.amount} ${total.currency}`);
    })
    // v1 producers keep working: their events are upcast to v2 before the handler sees them.
    .upcast(OrderConfirmedV1, OrderConfirmedV2, (v1) => ({
      orderId: v1.orderId,
      total: { amount: v1.total, currency: 'EUR' },
    }));
  const receiver = new IntegrationEventReceiver({
    name: 'billing',
    router,
    inbox: new InMemoryInbox(),
    transactions: persistence.transactions,
  });
  // No broker: the relay hands pending events to the receivers in this process.
  const relay = new OutboxRelay(persistence.outbox, new InProcessIntegrationPublisher([receiver]));
  await relay.relayAll();
  return billed;
}
// #endregion consume
