import { describe, expect, it } from '@jest/globals';
import { defaultMenu } from '../menu/default-menu.js';
import { OrderConfirmed } from '../orders/events/order-confirmed.event.js';
import { Order } from '../orders/order.aggregate.js';
import { InMemoryKitchenBoard } from './in-memory-kitchen-board.js';
import { KitchenTicketHandler } from './kitchen-ticket.handler.js';

function confirmedEvent(): OrderConfirmed {
  const order = Order.create('o-7', { name: 'Peach', email: 'peach@example.com' });
  order.addPizza(defaultMenu().price({ pizzaId: 'pepperoni', size: 'M', toppings: ['olives'] }));
  order.confirm();
  const event = order.getUncommittedEvents().at(-1);
  if (!(event instanceof OrderConfirmed)) throw new Error('the order did not raise OrderConfirmed');
  return event;
}

describe('KitchenTicketHandler', () => {
  it('pins one ticket per confirmed order with what to cook', async () => {
    const board = new InMemoryKitchenBoard();
    await new KitchenTicketHandler(board).handle(confirmedEvent());
    expect(await board.tickets()).toEqual([
      { orderId: 'o-7', customerName: 'Peach', items: [{ pizzaName: 'Pepperoni', size: 'M', toppings: ['olives'] }] },
    ]);
  });

  it('pins nothing more when the same event is delivered again', async () => {
    const board = new InMemoryKitchenBoard();
    const event = confirmedEvent();
    await new KitchenTicketHandler(board).handle(event);
    await new KitchenTicketHandler(board).handle(event);
    expect(await board.tickets()).toHaveLength(1);
  });
});
