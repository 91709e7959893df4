import {
  HandlesEvent,
  InjectRepository,
  type DomainEvent,
  type DomainEventHandler,
  type Raised,
  type Repository,
} from '@glia/core';
import { inject } from 'inversify';
import { CookingStarted } from './events/cooking-started.event.js';
import { OrderAssignedToDelivery } from './events/order-assigned-to-delivery.event.js';
import { OrderCancelled } from './events/order-cancelled.event.js';
import { OrderConfirmed } from './events/order-confirmed.event.js';
import { OrderCreated } from './events/order-created.event.js';
import { OrderDelivered } from './events/order-delivered.event.js';
import { OrderOutForDelivery } from './events/order-out-for-delivery.event.js';
import { OrderReady } from './events/order-ready.event.js';
import { PizzaAddedToOrder } from './events/pizza-added-to-order.event.js';
import { PizzaRemovedFromOrder } from './events/pizza-removed-from-order.event.js';
import { Order } from './order.aggregate.js';
import { OrderSummaries } from './order-summaries.js';

/**
 * Keeps the order list. On any order event it re-reads the order and writes its summary at the
 * order's version: redelivered and out-of-order events cannot leave a stale line behind.
 */
@HandlesEvent(
  OrderCreated,
  PizzaAddedToOrder,
  PizzaRemovedFromOrder,
  OrderConfirmed,
  CookingStarted,
  OrderReady,
  OrderAssignedToDelivery,
  OrderOutForDelivery,
  OrderDelivered,
  OrderCancelled,
  { name: 'pizzeria.orders.OrderSummaryProjection' },
)
export class OrderSummaryProjection implements DomainEventHandler {
  /** Receives the scope's order repository and the read model. */
  constructor(
    @InjectRepository(Order) private readonly orders: Repository<Order>,
    @inject(OrderSummaries) private readonly summaries: OrderSummaries,
  ) {}

  /** Writes the order's current summary. */
  async handle(event: Raised<DomainEvent>): Promise<void> {
    const order = await this.orders.find(event.aggregateId);
    if (order === undefined) return;
    await this.summaries.upsert({
      orderId: order.id,
      customerId: order.customer.customerId ?? null,
      customerName: order.customer.name,
      status: order.status,
      pizzas: order.lines.map(
        (l) => `${l.pizzaName} (${l.size})${l.toppings.length > 0 ? ` + ${l.toppings.join(', ')}` : ''}`,
      ),
      totalCents: order.total.cents,
      driverId: order.driverId,
      version: order.version,
      placedAt: event.occurredAt.toISOString(),
    });
  }
}
