import type { ServiceIdentifier } from 'inversify';
import type { Sale } from './sale.js';
import type { CustomerSales, DaySales, PizzaSales } from './sales-figures.js';

/** Sales per day, per pizza and per customer: a read model behind a port (in memory, or SQL in `storage/`). */
export interface SalesReadModel {
  /** Counts a sale once: a sale whose `eventId` was recorded already is ignored. Returns whether it counted. */
  record(sale: Sale): Promise<boolean>;
  /** One day's totals (zeros for a day without sales). */
  day(day: string): Promise<DaySales>;
  /** The best-selling pizzas by quantity (then revenue), on one day or overall. */
  topPizzas(limit: number, day?: string): Promise<PizzaSales[]>;
  /** What one customer bought overall, if anything. */
  customer(customerKey: string): Promise<CustomerSales | undefined>;
}

/** The container token of the `SalesReadModel` port. */
export const SalesReadModel: ServiceIdentifier<SalesReadModel> = Symbol.for('pizzeria.SalesReadModel');
