import type { SqlDriver } from '@glia/postgres';
import type { Sale } from '../sales/sale.js';
import type { SaleCancellation } from '../sales/sale-cancellation.js';
import type { CustomerSales, DaySales, PizzaSales } from '../sales/sales-figures.js';
import type { SalesReadModel } from '../sales/sales-read-model.js';
import { quoteSchemaName } from './sql-schema-name.js';
import { toNumber } from './sql-values.js';

/**
 * The sales in `pizzeria_sales`, one row per `OrderConfirmed` keyed by its event id (so a redelivery
 * inserts nothing), and the cancelled orders in `pizzeria_sales_cancellations`, one row per order;
 * the queries sum the sales without a cancellation, as the in-memory model does.
 */
export class SqlSalesReadModel implements SalesReadModel {
  private readonly table: string;
  private readonly cancellations: string;
  // The sales still counted: those of orders not cancelled.
  private readonly sold: string;

  /** Uses the tables `migrateReadModels` created in `schema`. */
  constructor(
    private readonly driver: SqlDriver,
    schema: string,
  ) {
    this.table = `${quoteSchemaName(schema)}.pizzeria_sales`;
    this.cancellations = `${quoteSchemaName(schema)}.pizzeria_sales_cancellations`;
    this.sold = `(SELECT * FROM ${this.table} s WHERE NOT EXISTS
      (SELECT 1 FROM ${this.cancellations} c WHERE c.order_id = s.order_id))`;
  }

  /** Inserts the sale unless its event was counted. */
  async record(sale: Sale): Promise<boolean> {
    const inserted = await this.driver.query(
      `INSERT INTO ${this.table} (event_id, order_id, customer_key, customer_name, day, total_cents, pizzas)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)
       ON CONFLICT (event_id) DO NOTHING RETURNING event_id`,
      [
        sale.eventId,
        sale.orderId,
        sale.customerKey,
        sale.customerName,
        sale.day,
        sale.totalCents,
        JSON.stringify(sale.pizzas),
      ],
    );
    return inserted.length > 0;
  }

  /** Inserts the cancellation unless the order's sale was cancelled before. */
  async cancel(cancellation: SaleCancellation): Promise<boolean> {
    const inserted = await this.driver.query(
      `INSERT INTO ${this.cancellations} (order_id, event_id) VALUES ($1, $2)
       ON CONFLICT (order_id) DO NOTHING RETURNING order_id`,
      [cancellation.orderId, cancellation.eventId],
    );
    return inserted.length > 0;
  }

  /** Sums one day, the cancelled sales apart. */
  async day(day: string): Promise<DaySales> {
    const [row] = await this.driver.query<Record<'orders' | 'pizzas' | 'revenue' | 'cancelled' | 'lost', unknown>>(
      `SELECT count(*) FILTER (WHERE c.order_id IS NULL) AS orders,
              sum(jsonb_array_length(s.pizzas)) FILTER (WHERE c.order_id IS NULL) AS pizzas,
              sum(s.total_cents) FILTER (WHERE c.order_id IS NULL) AS revenue,
              count(c.order_id) AS cancelled,
              sum(s.total_cents) FILTER (WHERE c.order_id IS NOT NULL) AS lost
         FROM ${this.table} s LEFT JOIN ${this.cancellations} c ON c.order_id = s.order_id
        WHERE s.day = $1`,
      [day],
    );
    return {
      day,
      orders: toNumber(row?.orders),
      pizzas: toNumber(row?.pizzas),
      revenueCents: toNumber(row?.revenue),
      cancelledOrders: toNumber(row?.cancelled),
      cancelledRevenueCents: toNumber(row?.lost),
    };
  }

  /** Ranks pizzas by quantity, then revenue, then id; each named as it was first sold. */
  async topPizzas(limit: number, day?: string): Promise<PizzaSales[]> {
    const rows = await this.driver.query<{ pizza_id: string; pizza_name: string; quantity: unknown; revenue: unknown }>(
      `SELECT p->>'pizzaId' AS pizza_id,
              (array_agg(p->>'pizzaName' ORDER BY s.seq))[1] AS pizza_name,
              count(*) AS quantity,
              sum((p->>'priceCents')::bigint) AS revenue
         FROM ${this.sold} s CROSS JOIN LATERAL jsonb_array_elements(s.pizzas) AS p
        WHERE $1::text IS NULL OR s.day = $1::text
        GROUP BY p->>'pizzaId'
        ORDER BY quantity DESC, revenue DESC, pizza_id
        LIMIT $2`,
      [day ?? null, limit],
    );
    return rows.map((r) => ({
      pizzaId: r.pizza_id,
      pizzaName: r.pizza_name,
      quantity: toNumber(r.quantity),
      revenueCents: toNumber(r.revenue),
    }));
  }

  /** Sums one customer's sales, named as in their latest one. */
  async customer(customerKey: string): Promise<CustomerSales | undefined> {
    const [row] = await this.driver.query<{ customer_name: string; orders: unknown; revenue: unknown }>(
      `SELECT (array_agg(customer_name ORDER BY seq DESC))[1] AS customer_name,
              count(*) AS orders, sum(total_cents) AS revenue
         FROM ${this.sold} s WHERE customer_key = $1 HAVING count(*) > 0`,
      [customerKey],
    );
    if (row === undefined) return undefined;
    return {
      customerKey,
      customerName: row.customer_name,
      orders: toNumber(row.orders),
      revenueCents: toNumber(row.revenue),
    };
  }
}
