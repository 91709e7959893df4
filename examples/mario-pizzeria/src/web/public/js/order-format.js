// @ts-check
// How orders read on every page.

/**
 * An order as `GET /api/orders/:orderId` answers it (the fields the pages use).
 * @typedef {{ lineId: string, pizzaId: string, pizzaName: string, size: string, toppings: string[],
 *   priceCents: number }} OrderLine
 * @typedef {{ id: string, status: string, version: number, totalCents: number, total: string,
 *   customer: { customerId?: string, name: string, email?: string, phone?: string },
 *   lines: OrderLine[], driverId: string | null, cancelReason: string | null }} OrderView
 */

/**
 * One line of a list (kitchen queue, delivery board): a summary from a list, or an order read alone.
 * @typedef {{ orderId: string, customerName: string, status: string, pizzas: string[], totalCents: number,
 *   driverId: string | null, version: number, placedAt: string }} OrderSummary
 */

/** Readable names of the statuses. */
export const STATUS_LABELS = /** @type {Record<string, string>} */ ({
  pending: 'Not confirmed yet',
  confirmed: 'Confirmed',
  cooking: 'In the oven',
  ready: 'Ready',
  assigned: 'Driver assigned',
  'out-for-delivery': 'Out for delivery',
  delivered: 'Delivered',
  cancelled: 'Cancelled',
});

/**
 * A pizza as the cook reads it, e.g. `Margherita (L) + mushrooms` (the same words as the order lists).
 * @param {Pick<OrderLine, 'pizzaName' | 'size' | 'toppings'>} line
 */
export function describeLine(line) {
  return `${line.pizzaName} (${line.size})${line.toppings.length > 0 ? ` + ${line.toppings.join(', ')}` : ''}`;
}

/**
 * An order read alone, as a list line; `placedAt` is kept from what the list knew, if anything.
 * @param {OrderView} order
 * @param {string} placedAt
 * @returns {OrderSummary}
 */
export function toSummary(order, placedAt) {
  return {
    orderId: order.id,
    customerName: order.customer.name,
    status: order.status,
    pizzas: order.lines.map(describeLine),
    totalCents: order.totalCents,
    driverId: order.driverId,
    version: order.version,
    placedAt,
  };
}

/**
 * The last characters of an order id: enough for people to tell tickets apart.
 * @param {string} orderId
 */
export function shortId(orderId) {
  return `#${orderId.slice(-6)}`;
}

/** The aggregate type of orders, as live events name it. */
export const ORDER_AGGREGATE = 'pizzeria.orders.Order';
