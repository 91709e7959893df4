import type { SqlDriver } from '@glia/postgres';
import type { KitchenBoard } from '../kitchen/kitchen-board.js';
import type { KitchenTicket, TicketItem } from '../kitchen/kitchen-ticket.js';
import { quoteSchemaName } from './sql-schema-name.js';

/** The kitchen board in `pizzeria_kitchen_tickets`: one row per order, the first ticket kept. */
export class SqlKitchenBoard implements KitchenBoard {
  private readonly table: string;

  /** Uses the tables `migrateReadModels` created in `schema`. */
  constructor(
    private readonly driver: SqlDriver,
    schema: string,
  ) {
    this.table = `${quoteSchemaName(schema)}.pizzeria_kitchen_tickets`;
  }

  /** Inserts the ticket unless its order has one. */
  async pin(ticket: KitchenTicket): Promise<boolean> {
    const inserted = await this.driver.query(
      `INSERT INTO ${this.table} (order_id, customer_name, items) VALUES ($1, $2, $3::jsonb)
       ON CONFLICT (order_id) DO NOTHING RETURNING order_id`,
      [ticket.orderId, ticket.customerName, JSON.stringify(ticket.items)],
    );
    return inserted.length > 0;
  }

  /** Lists the tickets in the order they were pinned. */
  async tickets(): Promise<readonly KitchenTicket[]> {
    const rows = await this.driver.query<{ order_id: string; customer_name: string; items: TicketItem[] }>(
      `SELECT order_id, customer_name, items FROM ${this.table} ORDER BY seq`,
    );
    return rows.map((r) => ({ orderId: r.order_id, customerName: r.customer_name, items: r.items }));
  }
}
