import { describe, expect, it } from '@jest/globals';
import { AggregateNotFoundError, type Raised, type Repository } from '@glia/core';
import { AssignDriver } from '../delivery/commands/assign-driver.command.js';
import { MarkOutForDelivery } from '../delivery/commands/mark-out-for-delivery.command.js';
import { defaultMenu } from '../menu/default-menu.js';
import { ConfirmOrder } from '../orders/commands/confirm-order.command.js';
import { MarkReady } from '../orders/commands/mark-ready.command.js';
import { PlaceOrder } from '../orders/commands/place-order.command.js';
import { StartCooking } from '../orders/commands/start-cooking.command.js';
import { CookingStarted } from '../orders/events/cooking-started.event.js';
import { Order } from '../orders/order.aggregate.js';
import { oneMargherita, seededPizzeria } from '../testing/seeded-pizzeria.js';
import { DismissNotification } from './commands/dismiss-notification.command.js';
import { MarkNotificationRead } from './commands/mark-notification-read.command.js';
import { CustomerNotificationHandler } from './customer-notification.handler.js';
import { InMemoryNotificationInbox } from './in-memory-notification-inbox.js';
import { ListNotifications } from './queries/list-notifications.query.js';

describe('customer notifications', () => {
  it('tells the customer when cooking starts, when the order is ready and when it is on its way, newest first', async () => {
    const { glia, mediator } = await seededPizzeria();
    const { orderId, customerId } = await mediator.send(PlaceOrder, oneMargherita);
    for (const command of [ConfirmOrder, StartCooking, MarkReady, AssignDriver, MarkOutForDelivery]) {
      await mediator.send(command, { orderId });
    }
    await glia.drain();
    const notifications = await mediator.query(ListNotifications, { customerId });
    expect(notifications.map((n) => [n.kind, n.orderId, n.readAt, n.dismissedAt])).toEqual([
      ['out-for-delivery', orderId, null, null],
      ['ready', orderId, null, null],
      ['cooking-started', orderId, null, null],
    ]);
    expect(notifications[0]?.message).toBe('Luigi, your order is on its way.');
    await glia.close();
  });

  it('marks a notification read, and a dismissed one disappears unless asked for', async () => {
    const { glia, mediator } = await seededPizzeria();
    const { orderId, customerId } = await mediator.send(PlaceOrder, oneMargherita);
    for (const command of [ConfirmOrder, StartCooking, MarkReady]) await mediator.send(command, { orderId });
    await glia.drain();
    const [ready, cooking] = await mediator.query(ListNotifications, { customerId });

    await mediator.send(MarkNotificationRead, { notificationId: ready?.id as string });
    await mediator.send(DismissNotification, { notificationId: cooking?.id as string });
    const visible = await mediator.query(ListNotifications, { customerId });
    expect(visible.map((n) => [n.kind, n.readAt !== null])).toEqual([['ready', true]]);
    const all = await mediator.query(ListNotifications, { customerId, includeDismissed: true });
    expect(all.find((n) => n.kind === 'cooking-started')).toMatchObject({
      readAt: expect.any(String),
      dismissedAt: expect.any(String),
    });
    await glia.close();
  });

  it('answers an unknown notification id with AggregateNotFoundError', async () => {
    const { glia, mediator } = await seededPizzeria();
    await expect(mediator.send(DismissNotification, { notificationId: 'nope' })).rejects.toBeInstanceOf(
      AggregateNotFoundError,
    );
    await expect(mediator.send(MarkNotificationRead, { notificationId: 'nope' })).rejects.toBeInstanceOf(
      AggregateNotFoundError,
    );
    await glia.close();
  });

  it('stores one notification when the same event is delivered twice', async () => {
    const order = Order.create('o-1', { customerId: 'c-1', name: 'Luigi', email: 'luigi@example.com' });
    order.addPizza(defaultMenu().price({ pizzaId: 'margherita', size: 'M', toppings: [] }));
    order.confirm();
    order.startCooking();
    const event = order.getUncommittedEvents().at(-1) as Raised<CookingStarted>;
    const orders = { find: async () => order } as unknown as Repository<Order>;
    const inbox = new InMemoryNotificationInbox();
    await new CustomerNotificationHandler(orders, inbox).handle(event);
    await new CustomerNotificationHandler(orders, inbox).handle(event);
    expect(await inbox.listFor('c-1')).toHaveLength(1);
  });
});
