import type { SqlDriver } from '@glia/postgres';
import type { Email } from '../notifications/email.js';
import type { Mailbox } from '../notifications/mailbox.js';
import type { SentMail } from '../notifications/sent-mail.js';
import { quoteSchemaName } from './sql-schema-name.js';
import { toIso } from './sql-values.js';

type Row = {
  message_id: string;
  order_id: string | null;
  recipient: string;
  subject: string;
  body: string;
  sent_at: unknown;
};

const COLUMNS = 'message_id, order_id, recipient, subject, body, sent_at';

/**
 * The local outbox in `pizzeria_mails`: every email the pizzeria sent, kept for the mailbox page and the
 * track page. Keyed by `messageId`, so a redelivered event's email is recorded once.
 */
export class SqlMailbox implements Mailbox {
  private readonly table: string;

  /** Uses the tables `migrateReadModels` created in `schema`. */
  constructor(
    private readonly driver: SqlDriver,
    schema: string,
  ) {
    this.table = `${quoteSchemaName(schema)}.pizzeria_mails`;
  }

  /** Records the email unless its `messageId` is stored. */
  async send(email: Email): Promise<void> {
    await this.driver.query(
      `INSERT INTO ${this.table} (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (message_id) DO NOTHING`,
      [email.messageId, email.orderId ?? null, email.to, email.subject, email.text, new Date().toISOString()],
    );
  }

  /** Whether the email is stored. */
  async has(messageId: string): Promise<boolean> {
    const rows = await this.driver.query(`SELECT 1 FROM ${this.table} WHERE message_id = $1`, [messageId]);
    return rows.length > 0;
  }

  /** The last `limit` mails, newest first. */
  async recent(limit: number): Promise<SentMail[]> {
    const rows = await this.driver.query<Row>(`SELECT ${COLUMNS} FROM ${this.table} ORDER BY seq DESC LIMIT $1`, [
      limit,
    ]);
    return rows.map(toSentMail);
  }

  /** The order's mails, newest first. */
  async forOrder(orderId: string): Promise<SentMail[]> {
    const rows = await this.driver.query<Row>(
      `SELECT ${COLUMNS} FROM ${this.table} WHERE order_id = $1 ORDER BY seq DESC`,
      [orderId],
    );
    return rows.map(toSentMail);
  }
}

function toSentMail(r: Row): SentMail {
  return {
    messageId: r.message_id,
    orderId: r.order_id,
    to: r.recipient,
    subject: r.subject,
    body: r.body,
    sentAt: toIso(r.sent_at),
  };
}
