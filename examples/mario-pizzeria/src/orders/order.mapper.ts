import type { AggregateMapper } from '@glia/core';
import { Order } from './order.aggregate.js';
import type { OrderSnapshot } from './order-snapshot.js';

/** Stores an order as its plain snapshot, so any store (in memory or SQL) can keep it. */
export const orderMapper: AggregateMapper<Order, OrderSnapshot> = {
  toSnapshot: (order) => order.toSnapshot(),
  fromSnapshot: (snapshot) => Order.fromSnapshot(snapshot),
};
