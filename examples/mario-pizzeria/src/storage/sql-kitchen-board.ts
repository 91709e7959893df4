import type { SqlDriver } from '@glia/postgres';
import type { KitchenBoard } from '../kitchen/kitchen-board.js';
import type { KitchenTicket, TicketItem } from '../kitchen/kitchen-ticket.js';
import { quoteSchemaName } from './sql-schema-name.js';

/**
 * The kitchen board in `pizzeria_kitchen_tickets`: one row per order, the first ticket kept. A withdrawal
 * sets `withdrawn_at` on that row (or inserts the row, empty, if the ticket is not pinned yet), so the
 * primary key alone decides between a pin and a withdrawal racing in two transactions.
 */
export class SqlKitchenBoard implements KitchenBoard {
  private readonly table: string;

  /** Uses the tables `migrateReadModels` created in `schema`. */
  constructor(
    private readonly driver: SqlDriver,
    schema: string,
  ) {
    this.table = `${quoteSchemaName(schema)}.pizzeria_kitchen_tickets`;
  }

  /** Inserts the ticket unless its order has a row, pinned or withdrawn. */
  async pin(ticket: KitchenTicket): Promise<boolean> {
    const inserted = await this.driver.query(
      `INSERT INTO ${this.table} (order_id, customer_name, items) VALUES ($1, $2, $3::jsonb)
       ON CONFLICT (order_id) DO NOTHING RETURNING order_id`,
      [ticket.orderId, ticket.customerName, JSON.stringify(ticket.items)],
    );
    return inserted.length > 0;
  }

  /** Marks the order's row withdrawn, inserting it if the ticket was not pinned yet. */
  async withdraw(orderId: string): Promise<boolean> {
    const withdrawn = await this.driver.query(
      `INSERT INTO ${this.table} AS t (order_id, customer_name, items, withdrawn_at) VALUES ($1, '', '[]'::jsonb, now())
       ON CONFLICT (order_id) DO UPDATE SET withdrawn_at = EXCLUDED.withdrawn_at WHERE t.withdrawn_at IS NULL
       RETURNING order_id`,
      [orderId],
    );
    return withdrawn.length > 0;
  }

  /** Lists the tickets still up, in the order they were pinned. */
  async tickets(): Promise<readonly KitchenTicket[]> {
    const rows = await this.driver.query<{ order_id: string; customer_name: string; items: TicketItem[] }>(
      `SELECT order_id, customer_name, items FROM ${this.table} WHERE withdrawn_at IS NULL ORDER BY seq`,
    );
    return rows.map((r) => ({ orderId: r.order_id, customerName: r.customer_name, items: r.items }));
  }
}
