import { HandlesEvent, InjectRepository, type DomainEventHandler, type Raised, type Repository } from '@glia/core';
import { inject } from 'inversify';
import { CookingStarted } from '../orders/events/cooking-started.event.js';
import { OrderOutForDelivery } from '../orders/events/order-out-for-delivery.event.js';
import { OrderReady } from '../orders/events/order-ready.event.js';
import { Order } from '../orders/order.aggregate.js';
import type { NotificationKind } from './customer-notification.js';
import { NotificationInbox } from './notification-inbox.js';

type Notified = CookingStarted | OrderReady | OrderOutForDelivery;

/** Tells the customer when their order goes into the oven, is ready, and leaves with a driver. */
@HandlesEvent(CookingStarted, OrderReady, OrderOutForDelivery, { name: 'pizzeria.notifications.CustomerNotification' })
export class CustomerNotificationHandler implements DomainEventHandler<Notified> {
  /** Receives the scope's order repository (for the customer) and the inbox. */
  constructor(
    @InjectRepository(Order) private readonly orders: Repository<Order>,
    @inject(NotificationInbox) private readonly inbox: NotificationInbox,
  ) {}

  /** Stores one notification per event, keyed by the event id, so a redelivery adds nothing. */
  async handle(event: Raised<Notified>): Promise<void> {
    const order = await this.orders.find(event.aggregateId);
    const customerId = order?.customer.customerId;
    if (order === undefined || customerId === undefined) return;
    const [kind, message] = describe(event, order.customer.name);
    await this.inbox.add({
      id: `notification-${event.eventId}`,
      customerId,
      orderId: order.id,
      kind,
      message,
      createdAt: event.occurredAt.toISOString(),
      readAt: null,
      dismissedAt: null,
    });
  }
}

function describe(event: Notified, name: string): [NotificationKind, string] {
  if (event instanceof CookingStarted) return ['cooking-started', `${name}, your pizzas are in the oven.`];
  if (event instanceof OrderReady) return ['ready', `${name}, your order is ready and waits for a driver.`];
  return ['out-for-delivery', `${name}, your order is on its way.`];
}
