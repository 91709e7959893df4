import { describe, expect, it } from '@jest/globals';
import { InvalidOperationError } from '@glia/core';
import { defaultMenu } from '../menu/default-menu.js';
import { OrderConfirmed } from './events/order-confirmed.event.js';
import { Order } from './order.aggregate.js';
import { OrderErrorCodes } from './order.errors.js';
import { orderMapper } from './order.mapper.js';

const menu = defaultMenu();
const customer = { name: 'Luigi', email: 'luigi@example.com' };
const margheritaL = menu.price({ pizzaId: 'margherita', size: 'L', toppings: ['mushrooms'] });
const marinaraS = menu.price({ pizzaId: 'marinara', size: 'S', toppings: [] });

function typesOf(order: Order): string[] {
  return order.getUncommittedEvents().map((e) => e.eventType);
}

function refusal(action: () => void): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected the action to be refused');
}

describe('Order', () => {
  it('raises OrderCreated, PizzaAddedToOrder, OrderConfirmed in that order for a one-pizza order confirmed', () => {
    const order = Order.create('o-1', customer);
    order.addPizza(margheritaL);
    order.confirm();

    const events = order.getUncommittedEvents();
    expect(events.map((e) => [e.eventType, e.aggregateId, e.aggregateVersion])).toEqual([
      ['pizzeria.orders.OrderCreated.v1', 'o-1', 1],
      ['pizzeria.orders.PizzaAddedToOrder.v1', 'o-1', 2],
      ['pizzeria.orders.OrderConfirmed.v1', 'o-1', 3],
    ]);
    const confirmed = events[2] as OrderConfirmed;
    expect(confirmed).toBeInstanceOf(OrderConfirmed);
    expect(confirmed.customer).toEqual(customer);
    expect(confirmed.lines.map((l) => l.pizzaId)).toEqual(['margherita']);
    expect(confirmed.totalCents).toBe(margheritaL.price.cents);
    expect(order.status).toBe('confirmed');
  });

  it('refuses to confirm an empty order with ORDER.EMPTY', () => {
    const order = Order.create('o-1', customer);
    const error = refusal(() => order.confirm());
    expect(error).toBeInstanceOf(InvalidOperationError);
    expect(error).toMatchObject({ code: OrderErrorCodes.Empty });
    expect(order.status).toBe('pending');
    expect(typesOf(order)).toEqual(['pizzeria.orders.OrderCreated.v1']);
  });

  it('refuses to confirm an already-confirmed order with ORDER.ALREADY_CONFIRMED', () => {
    const order = Order.create('o-1', customer);
    order.addPizza(margheritaL);
    order.confirm();
    const error = refusal(() => order.confirm());
    expect(error).toBeInstanceOf(InvalidOperationError);
    expect(error).toMatchObject({ code: OrderErrorCodes.AlreadyConfirmed });
    expect(order.getUncommittedEvents()).toHaveLength(3);
  });

  it('refuses to confirm an order whose only pizza was removed', () => {
    const order = Order.create('o-1', customer);
    const line = order.addPizza(margheritaL);
    order.removePizza(line.lineId);
    expect(refusal(() => order.confirm())).toMatchObject({ code: OrderErrorCodes.Empty });
  });

  it('prices the total as the sum of its lines, in whole cents', () => {
    const order = Order.create('o-1', customer);
    order.addPizza(margheritaL);
    order.addPizza(marinaraS);
    expect(order.total.cents).toBe(margheritaL.price.cents + marinaraS.price.cents);
    expect(Number.isInteger(order.total.cents)).toBe(true);
  });

  it('removes the line asked for and raises PizzaRemovedFromOrder with it', () => {
    const order = Order.create('o-1', customer);
    const first = order.addPizza(margheritaL);
    const second = order.addPizza(marinaraS);
    order.removePizza(first.lineId);
    expect(order.lines).toEqual([second]);
    expect(order.getUncommittedEvents().at(-1)?.payload()).toEqual({ lineId: first.lineId, pizzaId: 'margherita' });
  });

  it('never reuses a line id after a removal', () => {
    const order = Order.create('o-1', customer);
    const first = order.addPizza(margheritaL);
    order.removePizza(first.lineId);
    const next = order.addPizza(margheritaL);
    expect(next.lineId).not.toBe(first.lineId);
  });

  it('refuses to remove a line it does not have with ORDER.LINE_NOT_FOUND', () => {
    const order = Order.create('o-1', customer);
    order.addPizza(margheritaL);
    expect(refusal(() => order.removePizza('line-9'))).toMatchObject({ code: OrderErrorCodes.LineNotFound });
    expect(order.lines).toHaveLength(1);
  });

  it('refuses a blank driver id with ORDER.NO_DRIVER', () => {
    const order = Order.create('o-1', customer);
    order.addPizza(margheritaL);
    order.confirm();
    order.startCooking();
    order.markReady();
    expect(refusal(() => order.assignDriver('  '))).toMatchObject({ code: OrderErrorCodes.NoDriver });
    expect(order.status).toBe('ready');
  });

  it('goes all the way from created to delivered, the driver named on the delivery events', () => {
    const order = Order.create('o-1', customer);
    order.addPizza(margheritaL);
    order.confirm();
    order.startCooking();
    order.markReady();
    order.assignDriver('driver-7');
    order.sendOutForDelivery();
    order.markDelivered();
    expect(order.status).toBe('delivered');
    expect(order.driverId).toBe('driver-7');
    const events = order.getUncommittedEvents();
    expect(events.map((e) => e.aggregateVersion)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(events.slice(5, 7).map((e) => e.payload())).toEqual([{ driverId: 'driver-7' }, { driverId: 'driver-7' }]);
  });

  it('records the reason and the previous status when cancelled', () => {
    const order = Order.create('o-1', customer);
    order.addPizza(margheritaL);
    order.confirm();
    order.cancel('changed my mind');
    expect(order.status).toBe('cancelled');
    expect(order.getUncommittedEvents().at(-1)?.payload()).toEqual({
      reason: 'changed my mind',
      previousStatus: 'confirmed',
    });
  });

  it('survives a round trip through its mapper unchanged and raises nothing', () => {
    const order = Order.create('o-1', customer);
    const removed = order.addPizza(margheritaL);
    order.addPizza(marinaraS);
    order.removePizza(removed.lineId);
    const restored = orderMapper.fromSnapshot(JSON.parse(JSON.stringify(orderMapper.toSnapshot(order))));
    expect(restored.toSnapshot()).toEqual(order.toSnapshot());
    expect(restored.getUncommittedEvents()).toEqual([]);
    expect(restored.addPizza(margheritaL).lineId).toBe('line-3');
  });
});
