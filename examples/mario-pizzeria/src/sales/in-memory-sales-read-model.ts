import type { Sale } from './sale.js';
import type { CustomerSales, DaySales, PizzaSales } from './sales-figures.js';
import type { SalesReadModel } from './sales-read-model.js';

/** The sales read model in memory: it keeps the sales themselves and sums them when asked. */
export class InMemorySalesReadModel implements SalesReadModel {
  private readonly sales = new Map<string, Sale>();

  /** Keeps the sale unless its event was counted before. */
  async record(sale: Sale): Promise<boolean> {
    if (this.sales.has(sale.eventId)) return false;
    this.sales.set(sale.eventId, sale);
    return true;
  }

  /** Sums one day. */
  async day(day: string): Promise<DaySales> {
    const sales = this.on(day);
    return {
      day,
      orders: sales.length,
      pizzas: sales.reduce((n, s) => n + s.pizzas.length, 0),
      revenueCents: sales.reduce((n, s) => n + s.totalCents, 0),
    };
  }

  /** Ranks pizzas by quantity, then revenue, then name. */
  async topPizzas(limit: number, day?: string): Promise<PizzaSales[]> {
    const byPizza = new Map<string, PizzaSales>();
    for (const sale of this.on(day)) {
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
    const sales = [...this.sales.values()].filter((s) => s.customerKey === customerKey);
    const last = sales.at(-1);
    if (last === undefined) return undefined;
    return {
      customerKey,
      customerName: last.customerName,
      orders: sales.length,
      revenueCents: sales.reduce((n, s) => n + s.totalCents, 0),
    };
  }

  private on(day: string | undefined): Sale[] {
    return [...this.sales.values()].filter((s) => day === undefined || s.day === day);
  }
}
