import { describe, expect, it } from '@jest/globals';
import type { Raised } from '@glia/core';
import { defaultMenu } from '../menu/default-menu.js';
import { OrderCancelled } from '../orders/events/order-cancelled.event.js';
import { OrderConfirmed } from '../orders/events/order-confirmed.event.js';
import { Order } from '../orders/order.aggregate.js';
import { InMemorySalesReadModel } from './in-memory-sales-read-model.js';
import { SalesAnalyticsHandler } from './sales-analytics.handler.js';

const menu = defaultMenu();

function order(orderId: string, customerId: string, pizzas: Array<[string, 'S' | 'M' | 'L']>) {
  const placed = Order.create(orderId, {
    customerId,
    name: customerId.toUpperCase(),
    email: `${customerId}@example.com`,
  });
  for (const [pizzaId, size] of pizzas) placed.addPizza(menu.price({ pizzaId, size, toppings: [] }));
  return placed;
}

/** The last event `order` raised, checked to be a `type`. */
function last<E extends OrderConfirmed | OrderCancelled>(placed: Order, type: new (...args: never[]) => E): Raised<E> {
  const event = placed.getUncommittedEvents().at(-1);
  if (!(event instanceof type)) throw new Error(`the order did not raise ${type.name}`);
  return event as Raised<E>;
}

function confirmed(orderId: string, customerId: string, pizzas: Array<[string, 'S' | 'M' | 'L']>) {
  const placed = order(orderId, customerId, pizzas);
  placed.confirm();
  return last(placed, OrderConfirmed);
}

/** A confirmed order and its cancellation. */
function confirmedThenCancelled(orderId: string, customerId: string, pizzas: Array<[string, 'S' | 'M' | 'L']>) {
  const placed = order(orderId, customerId, pizzas);
  placed.confirm();
  const confirmation = last(placed, OrderConfirmed);
  placed.cancel('changed my mind');
  return { confirmation, cancellation: last(placed, OrderCancelled) };
}

const dayOf = (event: OrderConfirmed) => event.occurredAt.toISOString().slice(0, 10);

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

    const day = dayOf(first);
    expect(await sales.day(day)).toEqual({
      day,
      orders: 2,
      pizzas: 3,
      revenueCents: first.totalCents + second.totalCents,
      cancelledOrders: 0,
      cancelledRevenueCents: 0,
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
    const day = dayOf(event);
    expect((await sales.day(day)).orders).toBe(1);
    expect((await sales.topPizzas(5)).map((p) => p.quantity)).toEqual([1]);
    expect((await sales.customer('luigi'))?.orders).toBe(1);
  });

  it('takes a cancelled order out of every figure and reports it apart, however often the cancellation comes', async () => {
    const sales = new InMemorySalesReadModel();
    const handler = new SalesAnalyticsHandler(sales);
    const kept = confirmed('o-1', 'luigi', [['margherita', 'M']]);
    const { confirmation, cancellation } = confirmedThenCancelled('o-2', 'luigi', [['pepperoni', 'L']]);
    for (const event of [kept, confirmation, cancellation, cancellation]) await handler.handle(event);

    const day = dayOf(kept);
    expect(await sales.day(day)).toEqual({
      day,
      orders: 1,
      pizzas: 1,
      revenueCents: kept.totalCents,
      cancelledOrders: 1,
      cancelledRevenueCents: confirmation.totalCents,
    });
    expect((await sales.topPizzas(5)).map((p) => p.pizzaId)).toEqual(['margherita']);
    expect(await sales.customer('luigi')).toMatchObject({ orders: 1, revenueCents: kept.totalCents });
  });

  it('leaves a cancelled order out when its cancellation arrives before its confirmation', async () => {
    const sales = new InMemorySalesReadModel();
    const handler = new SalesAnalyticsHandler(sales);
    const { confirmation, cancellation } = confirmedThenCancelled('o-3', 'peach', [['marinara', 'S']]);
    await handler.handle(cancellation);
    await handler.handle(confirmation);
    expect(await sales.day(dayOf(confirmation))).toMatchObject({ orders: 0, revenueCents: 0, cancelledOrders: 1 });
    expect(await sales.customer('peach')).toBeUndefined();
  });

  it('records nothing for an order cancelled while pending: it was never sold', async () => {
    const sales = new InMemorySalesReadModel();
    const pending = order('o-4', 'toad', [['margherita', 'M']]);
    pending.cancel('changed my mind');
    await new SalesAnalyticsHandler(sales).handle(last(pending, OrderCancelled));
    expect(await sales.cancel({ eventId: 'e-x', orderId: 'o-4' })).toBe(true);
  });

  it('reads zeros for a day without sales', async () => {
    expect(await new InMemorySalesReadModel().day('2020-01-01')).toEqual({
      day: '2020-01-01',
      orders: 0,
      pizzas: 0,
      revenueCents: 0,
      cancelledOrders: 0,
      cancelledRevenueCents: 0,
    });
  });
});
