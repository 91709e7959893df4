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
  describeError,
  mapDomainEvent,
  type CloudEvent,
  type IntegrationEventPublisher,
  type OutboxMessageStore,
  type PublishResult,
  type RelayReport,
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

// #region relay-yourself
/** A script that relays for at most a minute: `relayAll` again while it says there is more. */
export async function relayForAMinute(
  store: OutboxMessageStore,
  publisher: IntegrationEventPublisher,
): Promise<RelayReport> {
  const relay = new OutboxRelay(store, publisher, { batchSize: 100 });
  const deadline = Date.now() + 60_000;
  const continueWhile = (): boolean => Date.now() < deadline; // checked before each read ahead
  let report = await relay.relayAll({ continueWhile });
  while (report.more === true && continueWhile()) report = await relay.relayAll({ continueWhile });
  return report; // the last call's: what it could not deliver is in `report.undelivered`
}
// #endregion relay-yourself

// #region publisher
/** Publishes to a queue service of your own; one result per event, in order. */
export class QueueServicePublisher implements IntegrationEventPublisher {
  /** It starts no spans of its own, so the relay starts a `send` span per event. */
  readonly startsSpans = false;

  constructor(private readonly send: (event: CloudEvent) => Promise<'ok' | 'no-route' | 'invalid'>) {}

  async publish(events: readonly CloudEvent[]): Promise<readonly PublishResult[]> {
    const results: PublishResult[] = [];
    for (const [index, event] of events.entries()) {
      let answer: 'ok' | 'no-route' | 'invalid';
      try {
        answer = await this.send(event);
      } catch (error) {
        // Not sent, and nothing behind it either: the events of one aggregate must not overtake it.
        const reason = describeError(error);
        for (const rest of events.slice(index)) results.push({ id: rest.id, outcome: 'failed', reason });
        return results;
      }
      if (answer === 'ok') results.push({ id: event.id, outcome: 'confirmed' });
      else if (answer === 'no-route') results.push({ id: event.id, outcome: 'returned', reason: 'no subscriber' });
      else results.push({ id: event.id, outcome: 'rejected', reason: 'the service refuses this event' });
    }
    return results;
  }
}
// #endregion publisher
