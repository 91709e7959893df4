import type { SqlDriver } from '@glia/postgres';
import type { OrderStatus } from '../orders/order-status.js';
import type { OrderSummaries } from '../orders/order-summaries.js';
import type { OrderSummary } from '../orders/order-summary.js';
import { quoteSchemaName } from './sql-schema-name.js';
import { toIso, toNumber } from './sql-values.js';

type Row = {
  order_id: string;
  customer_id: string | null;
  customer_name: string;
  status: string;
  pizzas: string[];
  total_cents: number;
  driver_id: string | null;
  version: number;
  placed_at: unknown;
};

/** The order list in `pizzeria_order_summaries`: one row per order, written only forwards. */
export class SqlOrderSummaries implements OrderSummaries {
  private readonly table: string;

  /** Uses the tables `migrateReadModels` created in `schema`. */
  constructor(
    private readonly driver: SqlDriver,
    schema: string,
  ) {
    this.table = `${quoteSchemaName(schema)}.pizzeria_order_summaries`;
  }

  /** One statement: inserts, or overwrites a row at an older version; the first `placed_at` stays. */
  async upsert(summary: OrderSummary): Promise<void> {
    await this.driver.query(
      `INSERT INTO ${this.table} AS s
         (order_id, customer_id, customer_name, status, pizzas, total_cents, driver_id, version, placed_at)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8, $9)
       ON CONFLICT (order_id) DO UPDATE SET
         customer_id = EXCLUDED.customer_id, customer_name = EXCLUDED.customer_name, status = EXCLUDED.status,
         pizzas = EXCLUDED.pizzas, total_cents = EXCLUDED.total_cents, driver_id = EXCLUDED.driver_id,
         version = EXCLUDED.version
       WHERE s.version < EXCLUDED.version`,
      [
        summary.orderId,
        summary.customerId,
        summary.customerName,
        summary.status,
        JSON.stringify(summary.pizzas),
        summary.totalCents,
        summary.driverId,
        summary.version,
        summary.placedAt,
      ],
    );
  }

  /** Lists by status, oldest first. */
  async list(statuses: readonly OrderStatus[]): Promise<OrderSummary[]> {
    const rows = await this.driver.query<Row>(
      `SELECT order_id, customer_id, customer_name, status, pizzas, total_cents, driver_id, version, placed_at
         FROM ${this.table}
        WHERE cardinality($1::text[]) = 0 OR status = ANY($1::text[])
        ORDER BY placed_at, seq`,
      [[...statuses]],
    );
    return rows.map((r) => ({
      orderId: r.order_id,
      customerId: r.customer_id,
      customerName: r.customer_name,
      status: r.status as OrderStatus,
      pizzas: r.pizzas,
      totalCents: toNumber(r.total_cents),
      driverId: r.driver_id,
      version: toNumber(r.version),
      placedAt: toIso(r.placed_at),
    }));
  }
}
