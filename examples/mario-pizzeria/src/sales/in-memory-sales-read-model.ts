import type { Sale } from './sale.js';
import type { SaleCancellation } from './sale-cancellation.js';
import type { CustomerSales, DaySales, PizzaSales } from './sales-figures.js';
import type { SalesReadModel } from './sales-read-model.js';

/** The sales read model in memory: it keeps the sales and the cancellations, and sums them when asked. */
export class InMemorySalesReadModel implements SalesReadModel {
  private readonly sales = new Map<string, Sale>();
  private readonly cancelled = new Map<string, SaleCancellation>();

  /** Keeps the sale unless its event was counted before. */
  async record(sale: Sale): Promise<boolean> {
    if (this.sales.has(sale.eventId)) return false;
    this.sales.set(sale.eventId, sale);
    return true;
  }

  /** Keeps the cancellation unless the order's sale was cancelled before. */
  async cancel(cancellation: SaleCancellation): Promise<boolean> {
    if (this.cancelled.has(cancellation.orderId)) return false;
    this.cancelled.set(cancellation.orderId, cancellation);
    return true;
  }

  /** Sums one day, the cancelled sales apart. */
  async day(day: string): Promise<DaySales> {
    const sales = this.on(day, false);
    const cancelled = this.on(day, true);
    return {
      day,
      orders: sales.length,
      pizzas: sales.reduce((n, s) => n + s.pizzas.length, 0),
      revenueCents: sales.reduce((n, s) => n + s.totalCents, 0),
      cancelledOrders: cancelled.length,
      cancelledRevenueCents: cancelled.reduce((n, s) => n + s.totalCents, 0),
    };
  }

  /** Ranks pizzas by quantity, then revenue, then name. */
  async topPizzas(limit: number, day?: string): Promise<PizzaSales[]> {
    const byPizza = new Map<string, PizzaSales>();
    for (const sale of this.on(day, false)) {
      for (const { pizzaId, pizzaName, priceCents } of sale.pizzas) {
        const so = byPizza.get(pizzaId) ?? { pizzaId, pizzaName, quantity: 0, revenueCents: 0 };
        byPizza.set(pizzaId, { ...so, quantity: so.quantity + 1, revenueCents: so.revenueCents + priceCents });
      }
    }
    return [...byPizza.values()]
      .sort((a, b) => b.quantity - a.quantity || b.revenueCents - a.revenueCents || a.pizzaId.localeCompare(b.pizzaId))
      .slice(0, limit);
  }

  /** Sums one customer's sales. */
  async customer(customerKey: string): Promise<CustomerSales | undefined> {
    const sales = this.on(undefined, false).filter((s) => s.customerKey === customerKey);
    const last = sales.at(-1);
    if (last === undefined) return undefined;
    return {
      customerKey,
      customerName: last.customerName,
      orders: sales.length,
      revenueCents: sales.reduce((n, s) => n + s.totalCents, 0),
    };
  }

  private on(day: string | undefined, cancelled: boolean): Sale[] {
    return [...this.sales.values()].filter(
      (s) => (day === undefined || s.day === day) && this.cancelled.has(s.orderId) === cancelled,
    );
  }
}
