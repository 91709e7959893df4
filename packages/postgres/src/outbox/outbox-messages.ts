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

  /** At most `limit` pending, due events, in commit order, other than those in `excluding`. */
  async pending(limit: number, excluding?: ReadonlySet<string>): Promise<readonly CloudEvent[]> {
    // Excluded in SQL, so a relay reading ahead does not fetch (and convert to text) what it is publishing.
    const rows = await this.driver.query<{ message: string }>(
      `SELECT message::text AS message FROM ${this.schema}.outbox_messages
       WHERE sent_at IS NULL AND available_at <= now() AND id <> ALL($2::text[]) ORDER BY position LIMIT $1`,
      [limit, excluding === undefined ? [] : [...excluding]],
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

  /** Parks rejected events: pending but due never (`available_at` = infinity), each with its reason. */
  async park(rejected: readonly { readonly id: string; readonly reason: string }[]): Promise<void> {
    if (rejected.length === 0) return;
    await this.driver.query(
      `UPDATE ${this.schema}.outbox_messages AS m SET attempts = m.attempts + 1, last_error = r.reason,
         available_at = 'infinity'
       FROM unnest($1::text[], $2::text[]) AS r(id, reason)
       WHERE m.id = r.id AND m.sent_at IS NULL`,
      [rejected.map((r) => r.id), rejected.map((r) => r.reason)],
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
