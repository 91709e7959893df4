import type { Delivery, DeliveryQuery } from '@glia/core';
import type { SqlDriver } from '../driver/sql-driver.js';
import type { PostgresOutbox } from '../outbox/postgres-outbox.js';

/** Where one handler's deliveries stand. */
export type HandlerDeliveryStats = {
  /** The handler's registered name. */
  readonly handler: string;
  /** Not yet completed nor dead (failed ones waiting to retry included). */
  readonly pending: number;
  /** Pending after at least one failed attempt. */
  readonly failed: number;
  /** Given up on; waiting for a person. */
  readonly dead: number;
  /** Completed and not yet purged. */
  readonly completed: number;
  /** Age of the oldest pending delivery in milliseconds, if any is pending. */
  readonly oldestPendingAgeMs?: number;
};

/** What a purge removed. */
export type PurgeResult = { readonly deliveries: number; readonly events: number; readonly inbox: number };

/** What to purge and how much at a time. */
export type PurgeOptions = {
  /** Keep rows finished (or recorded) more recently than this. */
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
  async stats(): Promise<readonly HandlerDeliveryStats[]> {
    const rows = await this.driver.query<Record<string, string | number | null>>(
      `SELECT handler,
         count(*) FILTER (WHERE status = 'pending')::int AS pending,
         count(*) FILTER (WHERE status = 'pending' AND last_error IS NOT NULL)::int AS failed,
         count(*) FILTER (WHERE status = 'dead')::int AS dead,
         count(*) FILTER (WHERE status = 'completed')::int AS completed,
         (extract(epoch FROM now() - min(created_at) FILTER (WHERE status = 'pending')) * 1000)::float8 AS oldest
       FROM ${this.schema}.deliveries GROUP BY handler ORDER BY handler`,
    );
    return rows.map((r) => ({
      handler: String(r['handler']),
      pending: Number(r['pending']),
      failed: Number(r['failed']),
      dead: Number(r['dead']),
      completed: Number(r['completed']),
      ...(r['oldest'] !== null &&
        r['oldest'] !== undefined && { oldestPendingAgeMs: Math.max(0, Number(r['oldest'])) }),
    }));
  }

  /** Lists dead deliveries with their last error. */
  dead(query: Omit<DeliveryQuery, 'status'> = {}): Promise<readonly Delivery[]> {
    return this.outbox.list({ ...query, status: 'dead' });
  }

  /** Sends dead deliveries back to pending with no attempts. */
  retryDead(query: Omit<DeliveryQuery, 'status'> = {}): Promise<readonly Delivery[]> {
    return this.outbox.retryDead(query);
  }

  /**
   * Deletes completed deliveries, then events with no delivery left, older than the window (and
   * inbox records older than theirs), in batches of `batchSize` rows: never one unbounded DELETE.
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
    return { deliveries, events, inbox };
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
