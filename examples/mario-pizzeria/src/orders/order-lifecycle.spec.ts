import { describe, expect, it } from '@jest/globals';
import { InvalidOperationError } from '@glia/core';
import { defaultMenu } from '../menu/default-menu.js';
import { Order } from './order.aggregate.js';
import type { OrderStatus } from './order-status.js';

const pizza = defaultMenu().price({ pizzaId: 'margherita', size: 'M', toppings: [] });

/** An order with one pizza (`line-1`) brought to `status`, its events already committed. */
function orderIn(status: OrderStatus): Order {
  const order = Order.create('o-1', { name: 'Luigi', email: 'luigi@example.com' });
  order.addPizza(pizza);
  const path: Record<OrderStatus, Array<(o: Order) => void>> = {
    pending: [],
    confirmed: [(o) => o.confirm()],
    cooking: [(o) => o.confirm(), (o) => o.startCooking()],
    ready: [(o) => o.confirm(), (o) => o.startCooking(), (o) => o.markReady()],
    assigned: [(o) => o.confirm(), (o) => o.startCooking(), (o) => o.markReady(), (o) => o.assignDriver('d-1')],
    'out-for-delivery': [
      (o) => o.confirm(),
      (o) => o.startCooking(),
      (o) => o.markReady(),
      (o) => o.assignDriver('d-1'),
      (o) => o.sendOutForDelivery(),
    ],
    delivered: [
      (o) => o.confirm(),
      (o) => o.startCooking(),
      (o) => o.markReady(),
      (o) => o.assignDriver('d-1'),
      (o) => o.sendOutForDelivery(),
      (o) => o.markDelivered(),
    ],
    cancelled: [(o) => o.cancel('test')],
  };
  for (const step of path[status]) step(order);
  order.markPersisted(order.pendingVersion);
  order.clearUncommittedEvents();
  return order;
}

const actions = {
  addPizza: (o: Order) => void o.addPizza(pizza),
  removePizza: (o: Order) => o.removePizza('line-1'),
  confirm: (o: Order) => o.confirm(),
  startCooking: (o: Order) => o.startCooking(),
  markReady: (o: Order) => o.markReady(),
  assignDriver: (o: Order) => o.assignDriver('d-2'),
  sendOutForDelivery: (o: Order) => o.sendOutForDelivery(),
  markDelivered: (o: Order) => o.markDelivered(),
  cancel: (o: Order) => o.cancel('no longer hungry'),
} as const;
type Action = keyof typeof actions;

// The lifecycle as a table: for each status and action, the event raised (`→ …`) or the error code.
const expected: Record<OrderStatus, Record<Action, string>> = {
  pending: {
    addPizza: '→ PizzaAddedToOrder',
    removePizza: '→ PizzaRemovedFromOrder',
    confirm: '→ OrderConfirmed',
    startCooking: 'ORDER.NOT_CONFIRMED',
    markReady: 'ORDER.NOT_COOKING',
    assignDriver: 'ORDER.NOT_READY',
    sendOutForDelivery: 'ORDER.NOT_ASSIGNED',
    markDelivered: 'ORDER.NOT_OUT_FOR_DELIVERY',
    cancel: '→ OrderCancelled',
  },
  confirmed: {
    addPizza: 'ORDER.NOT_PENDING',
    removePizza: 'ORDER.NOT_PENDING',
    confirm: 'ORDER.ALREADY_CONFIRMED',
    startCooking: '→ CookingStarted',
    markReady: 'ORDER.NOT_COOKING',
    assignDriver: 'ORDER.NOT_READY',
    sendOutForDelivery: 'ORDER.NOT_ASSIGNED',
    markDelivered: 'ORDER.NOT_OUT_FOR_DELIVERY',
    cancel: '→ OrderCancelled',
  },
  cooking: {
    addPizza: 'ORDER.NOT_PENDING',
    removePizza: 'ORDER.NOT_PENDING',
    confirm: 'ORDER.ALREADY_CONFIRMED',
    startCooking: 'ORDER.ALREADY_COOKING',
    markReady: '→ OrderReady',
    assignDriver: 'ORDER.NOT_READY',
    sendOutForDelivery: 'ORDER.NOT_ASSIGNED',
    markDelivered: 'ORDER.NOT_OUT_FOR_DELIVERY',
    cancel: 'ORDER.TOO_LATE_TO_CANCEL',
  },
  ready: {
    addPizza: 'ORDER.NOT_PENDING',
    removePizza: 'ORDER.NOT_PENDING',
    confirm: 'ORDER.ALREADY_CONFIRMED',
    startCooking: 'ORDER.ALREADY_COOKING',
    markReady: 'ORDER.ALREADY_READY',
    assignDriver: '→ OrderAssignedToDelivery',
    sendOutForDelivery: 'ORDER.NOT_ASSIGNED',
    markDelivered: 'ORDER.NOT_OUT_FOR_DELIVERY',
    cancel: 'ORDER.TOO_LATE_TO_CANCEL',
  },
  assigned: {
    addPizza: 'ORDER.NOT_PENDING',
    removePizza: 'ORDER.NOT_PENDING',
    confirm: 'ORDER.ALREADY_CONFIRMED',
    startCooking: 'ORDER.ALREADY_COOKING',
    markReady: 'ORDER.ALREADY_READY',
    assignDriver: 'ORDER.ALREADY_ASSIGNED',
    sendOutForDelivery: '→ OrderOutForDelivery',
    markDelivered: 'ORDER.NOT_OUT_FOR_DELIVERY',
    cancel: 'ORDER.TOO_LATE_TO_CANCEL',
  },
  'out-for-delivery': {
    addPizza: 'ORDER.NOT_PENDING',
    removePizza: 'ORDER.NOT_PENDING',
    confirm: 'ORDER.ALREADY_CONFIRMED',
    startCooking: 'ORDER.ALREADY_COOKING',
    markReady: 'ORDER.ALREADY_READY',
    assignDriver: 'ORDER.ALREADY_ASSIGNED',
    sendOutForDelivery: 'ORDER.ALREADY_OUT_FOR_DELIVERY',
    markDelivered: '→ OrderDelivered',
    cancel: 'ORDER.TOO_LATE_TO_CANCEL',
  },
  delivered: {
    addPizza: 'ORDER.NOT_PENDING',
    removePizza: 'ORDER.NOT_PENDING',
    confirm: 'ORDER.ALREADY_CONFIRMED',
    startCooking: 'ORDER.ALREADY_COOKING',
    markReady: 'ORDER.ALREADY_READY',
    assignDriver: 'ORDER.ALREADY_ASSIGNED',
    sendOutForDelivery: 'ORDER.ALREADY_OUT_FOR_DELIVERY',
    markDelivered: 'ORDER.ALREADY_DELIVERED',
    cancel: 'ORDER.TOO_LATE_TO_CANCEL',
  },
  cancelled: {
    addPizza: 'ORDER.CANCELLED',
    removePizza: 'ORDER.CANCELLED',
    confirm: 'ORDER.CANCELLED',
    startCooking: 'ORDER.CANCELLED',
    markReady: 'ORDER.CANCELLED',
    assignDriver: 'ORDER.CANCELLED',
    sendOutForDelivery: 'ORDER.CANCELLED',
    markDelivered: 'ORDER.CANCELLED',
    cancel: 'ORDER.ALREADY_CANCELLED',
  },
};

const cases = Object.entries(expected).flatMap(([status, row]) =>
  Object.entries(row).map(([action, outcome]) => [status as OrderStatus, action as Action, outcome] as const),
);

describe('Order lifecycle', () => {
  it.each(cases.filter(([, , outcome]) => outcome.startsWith('→')))(
    'in %s, %s raises %s as the next version',
    (status, action, outcome) => {
      const order = orderIn(status);
      actions[action](order);
      const events = order.getUncommittedEvents();
      expect(events.map((e) => e.eventType)).toEqual([`pizzeria.orders.${outcome.slice(2)}.v1`]);
      expect(events[0]?.aggregateVersion).toBe(order.version + 1);
    },
  );

  it.each(cases.filter(([, , outcome]) => !outcome.startsWith('→')))(
    'in %s, %s is refused with %s and changes nothing',
    (status, action, code) => {
      const order = orderIn(status);
      const before = order.toSnapshot();
      let thrown: unknown;
      try {
        actions[action](order);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(InvalidOperationError);
      expect(thrown).toMatchObject({ code });
      expect(order.toSnapshot()).toEqual(before);
      expect(order.getUncommittedEvents()).toEqual([]);
    },
  );
});
