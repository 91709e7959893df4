import { mapDomainEvent, type IntegrationEventMapping } from '@glia/core';
import { OrderCancelled } from '../orders/events/order-cancelled.event.js';
import { OrderConfirmed } from '../orders/events/order-confirmed.event.js';
import { OrderCreated } from '../orders/events/order-created.event.js';
import { OrderDelivered } from '../orders/events/order-delivered.event.js';
import { OrderReady } from '../orders/events/order-ready.event.js';
import { OrderCancelledV1 } from './order-cancelled-v1.integration-event.js';
import { OrderConfirmedV1 } from './order-confirmed-v1.integration-event.js';
import { OrderDeliveredV1 } from './order-delivered-v1.integration-event.js';
import { OrderPlacedV1 } from './order-placed-v1.integration-event.js';
import { OrderReadyV1 } from './order-ready-v1.integration-event.js';
import { centsToMoney } from './order-source.js';

const orderIdOf = (event: { aggregateId?: string }): string => event.aggregateId ?? '';

/**
 * What other services learn about orders: each domain event on the left becomes a CloudEvent,
 * written to the outbox in the same transaction as the order.
 */
export const orderIntegrationMappings: readonly IntegrationEventMapping[] = [
  mapDomainEvent(OrderCreated, OrderPlacedV1, (e) => ({
    orderId: orderIdOf(e),
    ...(e.customer.customerId === undefined ? {} : { customerId: e.customer.customerId }),
    customerName: e.customer.name,
    placedAt: e.occurredAt.toISOString(),
  })),
  mapDomainEvent(OrderConfirmed, OrderConfirmedV1, (e) => ({
    orderId: orderIdOf(e),
    ...(e.customer.customerId === undefined ? {} : { customerId: e.customer.customerId }),
    items: e.lines.map((line) => ({
      pizzaId: line.pizzaId,
      pizzaName: line.pizzaName,
      size: line.size,
      toppings: [...line.toppings],
      price: centsToMoney(line.priceCents),
    })),
    total: centsToMoney(e.totalCents),
    currency: 'EUR',
    confirmedAt: e.occurredAt.toISOString(),
  })),
  mapDomainEvent(OrderReady, OrderReadyV1, (e) => ({ orderId: orderIdOf(e), readyAt: e.occurredAt.toISOString() })),
  mapDomainEvent(OrderDelivered, OrderDeliveredV1, (e) => ({
    orderId: orderIdOf(e),
    deliveredAt: e.occurredAt.toISOString(),
  })),
  mapDomainEvent(OrderCancelled, OrderCancelledV1, (e) => ({
    orderId: orderIdOf(e),
    reason: e.reason,
    previousStatus: e.previousStatus,
    cancelledAt: e.occurredAt.toISOString(),
  })),
];
