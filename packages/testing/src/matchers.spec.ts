import { describe, expect, it } from '@jest/globals';
import { ItemAdded, Order, OrderConfirmed, OrderCreated } from './fixtures/order.fixture.js';
import { registerGliaMatchers } from './matchers.js';

registerGliaMatchers(expect);

const order = () => {
  const o = Order.create('o-1', 'Mario');
  o.addItem('margherita', 2);
  o.addItem('calzone', 1);
  o.confirm();
  return o;
};

describe('toHaveRaised', () => {
  it('passes on an aggregate that raised an event of the class with matching payload fields', () => {
    expect(order()).toHaveRaised(ItemAdded, { sku: 'calzone' });
    expect(order()).toHaveRaised(ItemAdded, { sku: expect.any(String), quantity: 2 });
    expect(order()).toHaveRaised(OrderConfirmed);
  });

  it('fails, naming what was raised, when no event matches', () => {
    expect(() => expect(order()).toHaveRaised(ItemAdded, { sku: 'funghi' })).toThrow(/Raised:[\s\S]*calzone/);
  });

  it('works on event lists and on objects with an events list, and under .not', () => {
    const events = order().getUncommittedEvents();
    expect(events).toHaveRaised(OrderCreated, { customer: 'Mario' });
    expect({ events }).toHaveRaised(OrderConfirmed, { itemCount: 2 });
    expect(new Order('o-2')).not.toHaveRaised(OrderCreated);
    expect(() => expect(order()).not.toHaveRaised(OrderCreated)).toThrow(/Expected no OrderCreated/);
  });

  it('fails, also under .not, on something that holds no events', () => {
    expect(() => expect(42).toHaveRaised(OrderCreated)).toThrow(/Expected an aggregate/);
    expect(() => expect('x').not.toHaveRaised(OrderCreated)).toThrow(/Expected an aggregate/);
  });
});

describe('toHaveRaisedInOrder', () => {
  it('passes when the events appear in this order, others allowed in between', () => {
    expect(order()).toHaveRaisedInOrder([OrderCreated, new ItemAdded('calzone', 1), OrderConfirmed]);
  });

  it('fails when the order differs or an expected event is missing', () => {
    expect(() => expect(order()).toHaveRaisedInOrder([OrderConfirmed, OrderCreated])).toThrow(/in order/);
    expect(() => expect(order()).toHaveRaisedInOrder([new ItemAdded('funghi', 1)])).toThrow();
  });
});
