import type { ServiceIdentifier } from 'inversify';
import type { OrderStatus } from './order-status.js';
import type { OrderSummary } from './order-summary.js';

/** The order list read model: summaries by status, behind a port (in memory, or SQL in `storage/`). */
export interface OrderSummaries {
  /** Writes a summary unless one at the same or a later version is stored; the first `placedAt` is kept. */
  upsert(summary: OrderSummary): Promise<void>;
  /** Summaries with one of `statuses` (all when empty), oldest first. */
  list(statuses: readonly OrderStatus[]): Promise<OrderSummary[]>;
}

/** The container token of the `OrderSummaries` port. */
export const OrderSummaries: ServiceIdentifier<OrderSummaries> = Symbol.for('pizzeria.OrderSummaries');
