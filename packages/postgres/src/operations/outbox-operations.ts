import type { Delivery, DeliveryQuery, DeliveryStats } from '@glia/core';
import type { SqlDriver } from '../driver/sql-driver.js';
import type { DeadDeliveryQuery } from '../outbox/dead-delivery-query.js';
import type { PostgresOutbox } from '../outbox/postgres-outbox.js';
import type { MessageStats } from './message-stats.js';
import type { ParkedMessage } from './parked-message.js';

/** What a purge removed. */
export type PurgeResult = {
  /** Completed deliveries. */
  readonly deliveries: number;
  /** Domain events (`outbox_events`) no delivery refers to any more. */
  readonly events: number;
  /** Integration events (`outbox_messages`) the relay had sent. */
  readonly messages: number;
  /** Inbox records (only with `inboxOlderThanMs`). */
  readonly inbox: number;
};

/** What to purge and how much at a time. */
export type PurgeOptions = {
  /** Keep deliveries finished, integration events sent and domain events recorded more recently than this. */
  readonly olderThanMs: number;
  /** Also forget inbox records older than this; kept when absent (the inbox is the dedup window). */
  readonly inboxOlderThanMs?: number;
  /** Rows deleted per statement (1,000): short transactions, no long locks. */
  readonly batchSize?: number;
};

/** The outbox as an operator sees it: backlog per handler, dead deliveries, and table growth. */
export class OutboxOperations {
  /** Creates the operations over `schema` (already quoted). */
  constructor(
    private readonly driver: SqlDriver,
    private readonly schema: string,
    private readonly outbox: PostgresOutbox,
  ) {}

  /** Counts per handler, and the age of the oldest pending delivery. */
  stats(): Promise<readonly DeliveryStats[]> {
    return this.outbox.stats();
  }

  /** Lists dead deliveries with their last error. */
  dead(query: Omit<DeliveryQuery, 'status'> = {}): Promise<readonly Delivery[]> {
    return this.outbox.list({ ...query, status: 'dead' });
  }

  /** Sends dead deliveries (those that died at or after `since`, if given) back to pending with no attempts. */
  retryDead(query: DeadDeliveryQuery = {}): Promise<readonly Delivery[]> {
    return this.outbox.retryDead(query);
  }

  /** Counts of unsent integration events (due, deferred, parked) and the age of the oldest one still owed. */
  async messageStats(): Promise<MessageStats> {
    // Only unsent rows: the partial index on them keeps this cheap however many sent ones wait for a purge.
    const rows = await this.driver.query<Record<string, number | null>>(
      `SELECT count(*) FILTER (WHERE available_at <= now())::int AS due,
         count(*) FILTER (WHERE available_at > now() AND available_at <> 'infinity')::int AS deferred,
         count(*) FILTER (WHERE available_at = 'infinity')::int AS parked,
         (extract(epoch FROM now() - min(recorded_at) FILTER (WHERE available_at <> 'infinity')) * 1000)::float8
           AS oldest
       FROM ${this.schema}.outbox_messages WHERE sent_at IS NULL`,
    );
    const row = rows[0] ?? {};
    const oldest = row['oldest'];
    return {
      due: Number(row['due'] ?? 0),
      deferred: Number(row['deferred'] ?? 0),
      parked: Number(row['parked'] ?? 0),
      ...(oldest !== null && oldest !== undefined && { oldestUnsentAgeMs: Math.max(0, Number(oldest)) }),
    };
  }

  /** Integration events the receiver rejected for good (parked by the relay), oldest first. */
  async parked(limit = 100): Promise<readonly ParkedMessage[]> {
    const rows = await this.driver.query<ParkedRow>(
      `SELECT id, message->>'type' AS type, message->>'subject' AS subject, recorded_at, attempts, last_error
       FROM ${this.schema}.outbox_messages WHERE sent_at IS NULL AND available_at = 'infinity'
       ORDER BY position LIMIT $1`,
      [limit],
    );
    return rows.map((row) => ({
      id: row.id,
      type: row.type,
      ...(row.subject !== null && { subject: row.subject }),
      recordedAt: new Date(row.recorded_at),
      attempts: row.attempts,
      reason: row.last_error ?? 'rejected',
    }));
  }

  /** Makes parked integration events (all, or those in `ids`) due again; a running relay sends them at once. */
  async retryParked(ids?: readonly string[]): Promise<number> {
    const rows = await this.driver.query(
      `UPDATE ${this.schema}.outbox_messages SET available_at = now()
       WHERE sent_at IS NULL AND available_at = 'infinity' AND ($1::text[] IS NULL OR id = ANY($1::text[]))
       RETURNING 1`,
      [ids === undefined ? null : [...ids]],
    );
    if (rows.length > 0) await this.driver.query('SELECT pg_notify($1, $2)', [this.outbox.messageChannel, '']);
    return rows.length;
  }

  /**
   * Deletes completed deliveries, then domain events with no delivery left, then sent integration
   * events, older than the window (and inbox records older than theirs), in batches of `batchSize`
   * rows: never one unbounded DELETE. Pending and dead deliveries, their events, and unsent
   * integration events are never deleted.
   */
  async purge(options: PurgeOptions): Promise<PurgeResult> {
    const batch = options.batchSize ?? 1000;
    const cutoff = new Date(Date.now() - options.olderThanMs).toISOString();
    const s = this.schema;
    const deliveries = await this.repeat(
      `DELETE FROM ${s}.deliveries WHERE id IN (SELECT id FROM ${s}.deliveries
         WHERE status = 'completed' AND finished_at < $1::timestamptz LIMIT $2) RETURNING 1`,
      [cutoff, batch],
      batch,
    );
    const events = await this.repeat(
      `DELETE FROM ${s}.outbox_events WHERE event_id IN (SELECT event_id FROM ${s}.outbox_events o
         WHERE o.recorded_at < $1::timestamptz
           AND NOT EXISTS (SELECT 1 FROM ${s}.deliveries d WHERE d.event_id = o.event_id) LIMIT $2) RETURNING 1`,
      [cutoff, batch],
      batch,
    );
    // Only what the relay marked sent: an unsent (or deferred) integration event is still owed to the broker.
    const messages = await this.repeat(
      `DELETE FROM ${s}.outbox_messages WHERE id IN (SELECT id FROM ${s}.outbox_messages
         WHERE sent_at < $1::timestamptz LIMIT $2) RETURNING 1`,
      [cutoff, batch],
      batch,
    );
    const inboxCutoff =
      options.inboxOlderThanMs === undefined ? undefined : new Date(Date.now() - options.inboxOlderThanMs);
    const inbox =
      inboxCutoff === undefined
        ? 0
        : await this.repeat(
            `DELETE FROM ${s}.inbox WHERE (consumer, message_id) IN (SELECT consumer, message_id FROM ${s}.inbox
               WHERE processed_at < $1::timestamptz LIMIT $2) RETURNING 1`,
            [inboxCutoff.toISOString(), batch],
            batch,
          );
    return { deliveries, events, messages, inbox };
  }

  private async repeat(sql: string, params: readonly unknown[], batch: number): Promise<number> {
    let total = 0;
    for (;;) {
      const deleted = (await this.driver.query(sql, params)).length;
      total += deleted;
      if (deleted < batch) return total;
    }
  }
}

type ParkedRow = {
  readonly id: string;
  readonly type: string;
  readonly subject: string | null;
  readonly recorded_at: string | Date;
  readonly attempts: number;
  readonly last_error: string | null;
};
