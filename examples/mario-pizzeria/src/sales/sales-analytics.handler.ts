import { HandlesEvent, type DomainEventHandler, type Raised } from '@glia/core';
import { inject } from 'inversify';
import { OrderConfirmed } from '../orders/events/order-confirmed.event.js';
import { SalesReadModel } from './sales-read-model.js';

/** Counts every confirmed order in the sales figures; the read model ignores an event it has counted. */
@HandlesEvent(OrderConfirmed, { name: 'pizzeria.sales.SalesAnalytics' })
export class SalesAnalyticsHandler implements DomainEventHandler<OrderConfirmed> {
  /** Receives the read model. */
  constructor(@inject(SalesReadModel) private readonly sales: SalesReadModel) {}

  /** Records the sale, keyed by the event id. */
  async handle(event: Raised<OrderConfirmed>): Promise<void> {
    const { customer } = event;
    await this.sales.record({
      eventId: event.eventId,
      orderId: event.aggregateId,
      customerKey: customer.customerId ?? customer.email ?? customer.phone ?? customer.name,
      customerName: customer.name,
      day: event.occurredAt.toISOString().slice(0, 10),
      totalCents: event.totalCents,
      pizzas: event.lines.map(({ pizzaId, pizzaName, priceCents }) => ({ pizzaId, pizzaName, priceCents })),
    });
  }
}
