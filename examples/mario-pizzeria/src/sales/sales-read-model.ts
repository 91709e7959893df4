import type { ServiceIdentifier } from 'inversify';
import type { Sale } from './sale.js';
import type { SaleCancellation } from './sale-cancellation.js';
import type { CustomerSales, DaySales, PizzaSales } from './sales-figures.js';

/**
 * Sales per day, per pizza and per customer: a read model behind a port (in memory, or SQL in `storage/`).
 * A cancelled order's sale is kept but counted apart: every figure but the day's `cancelled…` leaves it out.
 */
export interface SalesReadModel {
  /** Counts a sale once: a sale whose `eventId` was recorded already is ignored. Returns whether it counted. */
  record(sale: Sale): Promise<boolean>;
  /**
   * Takes the order's sale out of the figures, once per order. Remembered even before the sale is
   * recorded, so the two events may arrive in either order. Returns whether this call cancelled it.
   */
  cancel(cancellation: SaleCancellation): Promise<boolean>;
  /** One day's totals (zeros for a day without sales). */
  day(day: string): Promise<DaySales>;
  /** The best-selling pizzas by quantity (then revenue), on one day or overall; cancelled sales left out. */
  topPizzas(limit: number, day?: string): Promise<PizzaSales[]>;
  /** What one customer bought overall, if anything; cancelled sales left out. */
  customer(customerKey: string): Promise<CustomerSales | undefined>;
}

/** The container token of the `SalesReadModel` port. */
export const SalesReadModel: ServiceIdentifier<SalesReadModel> = Symbol.for('pizzeria.SalesReadModel');
