import type { OrderStatus } from './order-status.js';

/** One line of an order list (the kitchen queue, the delivery board): plain JSON. */
export type OrderSummary = {
  readonly orderId: string;
  readonly customerId: string | null;
  readonly customerName: string;
  readonly status: OrderStatus;
  /** Pizzas as the cook reads them, e.g. `Margherita (L) + mushrooms`. */
  readonly pizzas: readonly string[];
  readonly totalCents: number;
  readonly driverId: string | null;
  /** The order's version this summary reflects; older updates never overwrite newer ones. */
  readonly version: number;
  /** When the summary was first written (the order was placed), ISO-8601; lists are sorted by it. */
  readonly placedAt: string;
};
