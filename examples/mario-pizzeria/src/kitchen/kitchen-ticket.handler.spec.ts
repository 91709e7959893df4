import { describe, expect, it } from '@jest/globals';
import type { Raised } from '@glia/core';
import { defaultMenu } from '../menu/default-menu.js';
import { OrderCancelled } from '../orders/events/order-cancelled.event.js';
import { OrderConfirmed } from '../orders/events/order-confirmed.event.js';
import { Order } from '../orders/order.aggregate.js';
import { InMemoryKitchenBoard } from './in-memory-kitchen-board.js';
import { KitchenTicketHandler } from './kitchen-ticket.handler.js';

/** Order `o-7`'s events: placed, a pizza added, confirmed (unless `confirm` is false), then cancelled if `cancel`. */
function orderEvents({ confirm = true, cancel = false } = {}) {
  const order = Order.create('o-7', { name: 'Peach', email: 'peach@example.com' });
  order.addPizza(defaultMenu().price({ pizzaId: 'pepperoni', size: 'M', toppings: ['olives'] }));
  if (confirm) order.confirm();
  if (cancel) order.cancel('changed my mind');
  const events = order.getUncommittedEvents();
  const raised = <E extends OrderConfirmed | OrderCancelled>(type: new (...args: never[]) => E): Raised<E> => {
    const event = events.find((e): e is E => e instanceof type);
    if (event === undefined) throw new Error(`order o-7 raised no ${type.name}`);
    return event as Raised<E>;
  };
  return { confirmed: () => raised(OrderConfirmed), cancelled: () => raised(OrderCancelled) };
}

describe('KitchenTicketHandler', () => {
  it('pins one ticket per confirmed order with what to cook', async () => {
    const board = new InMemoryKitchenBoard();
    await new KitchenTicketHandler(board).handle(orderEvents().confirmed());
    expect(await board.tickets()).toEqual([
      { orderId: 'o-7', customerName: 'Peach', items: [{ pizzaName: 'Pepperoni', size: 'M', toppings: ['olives'] }] },
    ]);
  });

  it('pins nothing more when the same event is delivered again', async () => {
    const board = new InMemoryKitchenBoard();
    const { confirmed } = orderEvents();
    await new KitchenTicketHandler(board).handle(confirmed());
    await new KitchenTicketHandler(board).handle(confirmed());
    expect(await board.tickets()).toHaveLength(1);
  });

  it('withdraws the ticket of a confirmed order that is cancelled, once however often it is delivered', async () => {
    const board = new InMemoryKitchenBoard();
    const handler = new KitchenTicketHandler(board);
    const { confirmed, cancelled } = orderEvents({ cancel: true });
    await handler.handle(confirmed());
    await handler.handle(cancelled());
    await handler.handle(cancelled());
    expect(await board.tickets()).toEqual([]);
  });

  it('keeps a withdrawn ticket off the board when the OrderConfirmed arrives after the cancellation', async () => {
    const board = new InMemoryKitchenBoard();
    const handler = new KitchenTicketHandler(board);
    const { confirmed, cancelled } = orderEvents({ cancel: true });
    await handler.handle(cancelled());
    await handler.handle(confirmed());
    expect(await board.tickets()).toEqual([]);
  });

  it('withdraws nothing for an order cancelled while pending: it never reached the kitchen', async () => {
    const board = new InMemoryKitchenBoard();
    const { cancelled } = orderEvents({ confirm: false, cancel: true });
    expect(cancelled().previousStatus).toBe('pending');
    await new KitchenTicketHandler(board).handle(cancelled());
    expect(await board.withdraw('o-7')).toBe(true);
  });
});
