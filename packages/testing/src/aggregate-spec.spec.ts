import { describe, expect, it } from '@jest/globals';
import { InvalidOperationError } from '@glia/core';
import { given } from './aggregate-spec.js';
import { ItemAdded, Order, OrderConfirmed, OrderCreated } from './fixtures/order.fixture.js';

const withOneItem = () => {
  const order = Order.create('o-1', 'Mario');
  order.addItem('margherita', 2);
  return order;
};

describe('given / when / then', () => {
  it('then passes when the method raised exactly these events, ignoring ids and times', () => {
    given(withOneItem)
      .when((order) => order.confirm())
      .then([new OrderConfirmed(1)]);
  });

  it('then fails when a payload differs', () => {
    expect(() =>
      given(withOneItem)
        .when((order) => order.confirm())
        .then([new OrderConfirmed(2)]),
    ).toThrow(/itemCount/);
  });

  it('then fails when the method raised more events than expected', () => {
    expect(() =>
      given(() => new Order('o-1'))
        .when((order) => {
          order.addItem('a', 1);
          order.addItem('b', 1);
        })
        .then([new ItemAdded('a', 1)]),
    ).toThrow();
  });

  it('then([]) passes when nothing was raised and fails when something was', () => {
    given(withOneItem)
      .when((order) => order.items.length)
      .then([]);
    expect(() =>
      given(withOneItem)
        .when((order) => order.confirm())
        .then([]),
    ).toThrow();
  });

  it('only what when raised counts: events raised while building the subject are the past', () => {
    given(withOneItem)
      .when((order) => order.addItem('calzone', 1))
      .thenState((order, events) => {
        expect(events).toHaveLength(1);
        expect(order.version).toBe(2);
        expect(events[0]?.aggregateVersion).toBe(3);
      });
  });

  it('history events are applied before when runs', () => {
    given(new Order('o-2'), [new OrderCreated('Luigi'), new ItemAdded('funghi', 1), new ItemAdded('diavola', 3)])
      .when((order) => order.confirm())
      .then([new OrderConfirmed(2)]);
  });

  it('thenThrows passes on the expected error class and code', () => {
    given(() => Order.create('o-3', 'Peach'))
      .when((order) => order.confirm())
      .thenThrows(InvalidOperationError, 'ORDER.EMPTY');
  });

  it('thenThrows fails on another code, on success, and on another error class', () => {
    const empty = () => Order.create('o-3', 'Peach');
    expect(() =>
      given(empty)
        .when((o) => o.confirm())
        .thenThrows(InvalidOperationError, 'ORDER.ALREADY_CONFIRMED'),
    ).toThrow(/its code was 'ORDER.EMPTY'/);
    expect(() =>
      given(withOneItem)
        .when((o) => o.confirm())
        .thenThrows(InvalidOperationError),
    ).toThrow(/returned and raised \[OrderConfirmed\]/);
    expect(() =>
      given(empty)
        .when((o) => o.confirm())
        .thenThrows(TypeError),
    ).toThrow(/threw InvalidOperationError/);
  });

  it('then fails with the thrown error when the method threw', () => {
    expect(() =>
      given(() => Order.create('o-4', 'Toad'))
        .when((o) => o.confirm())
        .then([new OrderConfirmed(0)]),
    ).toThrow(/threw InvalidOperationError: An empty order/);
  });

  it('an async method makes the assertions return promises', async () => {
    await given(withOneItem)
      .when((order) => order.confirmWhen(async () => true))
      .then([new OrderConfirmed(1)]);
    await given(withOneItem)
      .when((order) => order.confirmWhen(async () => false))
      .thenThrows(InvalidOperationError, 'ORDER.OUT_OF_STOCK');
    await expect(
      given(withOneItem)
        .when((order) => order.confirmWhen(async () => false))
        .then([]),
    ).rejects.toThrow(/ORDER.OUT_OF_STOCK|Stock is missing/);
  });

  it('awaiting the outcome itself by mistake fails with advice', async () => {
    const outcome = given(withOneItem).when((order) => order.confirm());
    await expect((async () => await (outcome as unknown as Promise<void>))()).rejects.toThrow(/is not a promise/);
  });
});
