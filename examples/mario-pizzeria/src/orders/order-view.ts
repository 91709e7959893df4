import { Money } from '../menu/money.js';
import type { Order } from './order.aggregate.js';
import type { OrderSnapshot } from './order-snapshot.js';

/** An order as queries return it: plain, serialisable data with the total worked out. */
export type OrderView = Omit<OrderSnapshot, 'nextLineNumber'> & {
  /** The version the order is stored at. */
  readonly version: number;
  /** The total in integer cents. */
  readonly totalCents: number;
  /** The total for people, e.g. `€12.50`. */
  readonly total: string;
};

/** Reads an order into its view. */
export function toOrderView(order: Order): OrderView {
  const { nextLineNumber: _ignored, ...snapshot } = order.toSnapshot();
  const total: Money = order.total;
  return { ...snapshot, version: order.version, totalCents: total.cents, total: total.format() };
}
