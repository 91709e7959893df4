import type { OrderStatus } from './order-status.js';
import type { OrderSummaries } from './order-summaries.js';
import type { OrderSummary } from './order-summary.js';

/** The order list in a map, for the demo and for tests. */
export class InMemoryOrderSummaries implements OrderSummaries {
  private readonly byId = new Map<string, OrderSummary>();

  /** Keeps the newest version of each order's summary. */
  async upsert(summary: OrderSummary): Promise<void> {
    const stored = this.byId.get(summary.orderId);
    if (stored !== undefined && stored.version >= summary.version) return;
    this.byId.set(summary.orderId, { ...summary, placedAt: stored?.placedAt ?? summary.placedAt });
  }

  /** Lists by status, oldest first. */
  async list(statuses: readonly OrderStatus[]): Promise<OrderSummary[]> {
    return [...this.byId.values()]
      .filter((s) => statuses.length === 0 || statuses.includes(s.status))
      .sort((a, b) => a.placedAt.localeCompare(b.placedAt));
  }
}
