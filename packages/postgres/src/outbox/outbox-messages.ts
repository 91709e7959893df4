import type { CloudEvent } from '@glia/core';
import type { SqlDriver } from '../driver/sql-driver.js';

/**
 * The relay's SQL: integration events claimed by status (pending and due, in commit order), never by
 * position, so one that commits late is still sent; returned ones deferred with a doubling delay;
 * and a lease row per relay name, so one relay at a time publishes and others stand by.
 */
export class OutboxMessages {
  /** Queries over `schema` (already quoted); commits that add events are announced on `channel`. */
  constructor(
    private readonly driver: SqlDriver,
    private readonly schema: string,
    readonly channel: string,
  ) {}

  /** At most `limit` pending, due events, in commit order. */
  async pending(limit: number): Promise<readonly CloudEvent[]> {
    const rows = await this.driver.query<{ message: string }>(
      `SELECT message::text AS message FROM ${this.schema}.outbox_messages
       WHERE sent_at IS NULL AND available_at <= now() ORDER BY position LIMIT $1`,
      [limit],
    );
    return rows.map((row) => JSON.parse(row.message) as CloudEvent);
  }

  /** Marks events sent once the publisher confirmed them. */
  async markSent(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.driver.query(
      `UPDATE ${this.schema}.outbox_messages SET sent_at = now() WHERE id = ANY($1::text[]) AND sent_at IS NULL`,
      [ids],
    );
  }

  /** Keeps events pending but not due for `delayMs`, doubled per earlier deferral, at most `maxDelayMs`. */
  async defer(ids: readonly string[], reason: string, delayMs: number, maxDelayMs: number): Promise<void> {
    if (ids.length === 0) return;
    await this.driver.query(
      `UPDATE ${this.schema}.outbox_messages SET attempts = attempts + 1, last_error = $2,
         available_at = now() + make_interval(secs => least($3::double precision * power(2, least(attempts, 30)),
           $4::double precision) / 1000)
       WHERE id = ANY($1::text[]) AND sent_at IS NULL`,
      [ids, reason, delayMs, maxDelayMs],
    );
  }

  /** Calls `onCommitted` on every NOTIFY of a commit that added events. */
  watch(onCommitted: () => void): Promise<() => Promise<void>> {
    return this.driver.listen(this.channel, onCommitted);
  }

  /** Takes the lease of relay `name` if it is free or expired, or renews it if `owner` holds it. */
  async lease(name: string, owner: string, leaseMs: number): Promise<boolean> {
    const rows = await this.driver.query(
      `INSERT INTO ${this.schema}.relay_leases AS l (name, owner, lease_until)
       VALUES ($1, $2, now() + make_interval(secs => $3::double precision / 1000))
       ON CONFLICT (name) DO UPDATE SET owner = EXCLUDED.owner, lease_until = EXCLUDED.lease_until
         WHERE l.owner = EXCLUDED.owner OR l.lease_until < now()
       RETURNING 1`,
      [name, owner, leaseMs],
    );
    return rows.length === 1;
  }

  /** Ends the lease if `owner` holds it. */
  async release(name: string, owner: string): Promise<void> {
    await this.driver.query(`DELETE FROM ${this.schema}.relay_leases WHERE name = $1 AND owner = $2`, [name, owner]);
  }
}
