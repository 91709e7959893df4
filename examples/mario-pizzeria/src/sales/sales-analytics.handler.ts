import { HandlesEvent, type DomainEventHandler, type Raised } from '@glia/core';
import { inject } from 'inversify';
import { OrderCancelled } from '../orders/events/order-cancelled.event.js';
import { OrderConfirmed } from '../orders/events/order-confirmed.event.js';
import { SalesReadModel } from './sales-read-model.js';

/**
 * Counts every confirmed order in the sales figures, and takes it out again if it is cancelled (only
 * possible before cooking). The read model ignores what it has counted, so redeliveries change nothing.
 */
@HandlesEvent(OrderConfirmed, OrderCancelled, { name: 'pizzeria.sales.SalesAnalytics' })
export class SalesAnalyticsHandler implements DomainEventHandler<OrderConfirmed | OrderCancelled> {
  /** Receives the read model. */
  constructor(@inject(SalesReadModel) private readonly sales: SalesReadModel) {}

  /** Records the sale, keyed by the event id, or its cancellation, keyed by the order id. */
  async handle(event: Raised<OrderConfirmed | OrderCancelled>): Promise<void> {
    if (event instanceof OrderCancelled) {
      // An order cancelled while pending was never sold.
      if (event.previousStatus === 'confirmed') {
        await this.sales.cancel({ eventId: event.eventId, orderId: event.aggregateId });
      }
      return;
    }
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
