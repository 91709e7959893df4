import { describe, expect, it } from '@jest/globals';
import type { Raised } from '@glia/core';
import { defaultMenu } from '../menu/default-menu.js';
import { OrderConfirmed } from '../orders/events/order-confirmed.event.js';
import { Order } from '../orders/order.aggregate.js';
import { InMemorySalesReadModel } from './in-memory-sales-read-model.js';
import { SalesAnalyticsHandler } from './sales-analytics.handler.js';

const menu = defaultMenu();

function confirmed(orderId: string, customerId: string, pizzas: Array<[string, 'S' | 'M' | 'L']>) {
  const order = Order.create(orderId, {
    customerId,
    name: customerId.toUpperCase(),
    email: `${customerId}@example.com`,
  });
  for (const [pizzaId, size] of pizzas) order.addPizza(menu.price({ pizzaId, size, toppings: [] }));
  order.confirm();
  const event = order.getUncommittedEvents().at(-1);
  if (!(event instanceof OrderConfirmed)) throw new Error('the order did not raise OrderConfirmed');
  return event as Raised<OrderConfirmed>;
}

describe('SalesAnalyticsHandler', () => {
  it('counts each confirmed order per day, per pizza and per customer', async () => {
    const sales = new InMemorySalesReadModel();
    const handler = new SalesAnalyticsHandler(sales);
    const first = confirmed('o-1', 'luigi', [
      ['margherita', 'M'],
      ['pepperoni', 'L'],
    ]);
    const second = confirmed('o-2', 'peach', [['margherita', 'S']]);
    await handler.handle(first);
    await handler.handle(second);

    const day = first.occurredAt.toISOString().slice(0, 10);
    expect(await sales.day(day)).toEqual({
      day,
      orders: 2,
      pizzas: 3,
      revenueCents: first.totalCents + second.totalCents,
    });
    expect((await sales.topPizzas(5, day)).map((p) => [p.pizzaId, p.quantity])).toEqual([
      ['margherita', 2],
      ['pepperoni', 1],
    ]);
    expect(await sales.customer('luigi')).toEqual({
      customerKey: 'luigi',
      customerName: 'LUIGI',
      orders: 1,
      revenueCents: first.totalCents,
    });
  });

  it('counts a redelivered OrderConfirmed (same event id) once', async () => {
    const sales = new InMemorySalesReadModel();
    const event = confirmed('o-1', 'luigi', [['marinara', 'M']]);
    await new SalesAnalyticsHandler(sales).handle(event);
    await new SalesAnalyticsHandler(sales).handle(event);
    const day = event.occurredAt.toISOString().slice(0, 10);
    expect((await sales.day(day)).orders).toBe(1);
    expect((await sales.topPizzas(5)).map((p) => p.quantity)).toEqual([1]);
    expect((await sales.customer('luigi'))?.orders).toBe(1);
  });

  it('reads zeros for a day without sales', async () => {
    expect(await new InMemorySalesReadModel().day('2020-01-01')).toEqual({
      day: '2020-01-01',
      orders: 0,
      pizzas: 0,
      revenueCents: 0,
    });
  });
});
