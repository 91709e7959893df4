// @ts-check
import { toSummary } from './order-format.js';

/** @typedef {import('./order-format.js').OrderSummary} OrderSummary */
/** @typedef {import('./order-format.js').OrderView} OrderView */

/**
 * The orders a staff page shows (those whose status is in `statuses`), kept current from the live stream:
 * a list read model fills it, and every event of an order re-reads that order from the API, because the
 * list is updated by a handler after the commit and may not show the change yet.
 */
export class OrderBoard {
  /**
   * @param {{ statuses: string[], load: () => Promise<OrderSummary[]>, read: (orderId: string) => Promise<OrderView>,
   *   onChange: (orders: OrderSummary[]) => void }} options
   */
  constructor(options) {
    this.options = options;
    /** @type {Map<string, OrderSummary>} */
    this.orders = new Map();
    /** Orders re-read since the last reload began, so a lagging list cannot undo them. @type {Map<string, { version: number, summary: OrderSummary | undefined }>} */
    this.readSinceReload = new Map();
  }

  /** Loads the list again (on start and after every reconnection). */
  async reload() {
    const readMeanwhile = new Map();
    this.readSinceReload = readMeanwhile;
    const list = await this.options.load();
    const orders = new Map(list.map((summary) => [summary.orderId, summary]));
    for (const [orderId, read] of readMeanwhile) {
      const listed = orders.get(orderId);
      if (listed !== undefined && listed.version > read.version) continue;
      if (read.summary === undefined) orders.delete(orderId);
      else orders.set(orderId, read.summary);
    }
    this.orders = orders;
    this.changed();
  }

  /**
   * Re-reads one order after one of its events.
   * @param {string} orderId
   */
  async refresh(orderId) {
    this.apply(await this.options.read(orderId));
  }

  /**
   * Shows an order as the API answered it (after a re-read, or a command's answer); older answers are ignored.
   * @param {OrderView} order
   */
  apply(order) {
    const current = this.orders.get(order.id);
    if (current !== undefined && current.version > order.version) return;
    const shown = this.options.statuses.includes(order.status);
    const summary = shown ? toSummary(order, current?.placedAt ?? new Date().toISOString()) : undefined;
    this.readSinceReload.set(order.id, { version: order.version, summary });
    if (summary === undefined) this.orders.delete(order.id);
    else this.orders.set(order.id, summary);
    this.changed();
  }

  /** @private */
  changed() {
    const sorted = [...this.orders.values()].sort((a, b) => a.placedAt.localeCompare(b.placedAt));
    this.options.onChange(sorted);
  }
}
