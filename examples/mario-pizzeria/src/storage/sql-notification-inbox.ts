import type { SqlDriver } from '@glia/postgres';
import type { CustomerNotification, NotificationKind } from '../notifications/customer-notification.js';
import type { NotificationInbox } from '../notifications/notification-inbox.js';
import { quoteSchemaName } from './sql-schema-name.js';
import { toIso, toIsoOrNull } from './sql-values.js';

type Row = {
  id: string;
  customer_id: string;
  order_id: string;
  kind: string;
  message: string;
  created_at: unknown;
  read_at: unknown;
  dismissed_at: unknown;
};

const COLUMNS = 'id, customer_id, order_id, kind, message, created_at, read_at, dismissed_at';

/** The notifications in `pizzeria_notifications`; ids derive from event ids, so adding is idempotent. */
export class SqlNotificationInbox implements NotificationInbox {
  private readonly table: string;

  /** Uses the tables `migrateReadModels` created in `schema`. */
  constructor(
    private readonly driver: SqlDriver,
    schema: string,
  ) {
    this.table = `${quoteSchemaName(schema)}.pizzeria_notifications`;
  }

  /** Inserts the notification unless its id is stored. */
  async add(n: CustomerNotification): Promise<boolean> {
    const inserted = await this.driver.query(
      `INSERT INTO ${this.table} (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [n.id, n.customerId, n.orderId, n.kind, n.message, n.createdAt, n.readAt, n.dismissedAt],
    );
    return inserted.length > 0;
  }

  /** Reads one notification. */
  async get(id: string): Promise<CustomerNotification | undefined> {
    const rows = await this.driver.query<Row>(`SELECT ${COLUMNS} FROM ${this.table} WHERE id = $1`, [id]);
    return rows[0] === undefined ? undefined : toNotification(rows[0]);
  }

  /** Lists a customer's notifications, newest first. */
  async listFor(
    customerId: string,
    options: { readonly includeDismissed?: boolean } = {},
  ): Promise<CustomerNotification[]> {
    const rows = await this.driver.query<Row>(
      `SELECT ${COLUMNS} FROM ${this.table}
        WHERE customer_id = $1 AND ($2::boolean OR dismissed_at IS NULL)
        ORDER BY seq DESC`,
      [customerId, options.includeDismissed === true],
    );
    return rows.map(toNotification);
  }

  /** Records when it was read and dismissed; what the event wrote stays as it is. */
  async update(n: CustomerNotification): Promise<void> {
    await this.driver.query(`UPDATE ${this.table} SET read_at = $2, dismissed_at = $3 WHERE id = $1`, [
      n.id,
      n.readAt,
      n.dismissedAt,
    ]);
  }
}

function toNotification(r: Row): CustomerNotification {
  return {
    id: r.id,
    customerId: r.customer_id,
    orderId: r.order_id,
    kind: r.kind as NotificationKind,
    message: r.message,
    createdAt: toIso(r.created_at),
    readAt: toIsoOrNull(r.read_at),
    dismissedAt: toIsoOrNull(r.dismissed_at),
  };
}
