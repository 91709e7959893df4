import type { SqlClient } from '../driver/sql-driver.js';
import { DELIVERY_COLUMNS, type DeliveryRow } from '../outbox/delivery-row.js';
import { LeaseLostError } from './lease-lost.error.js';

/**
 * The SQL of the worker. Work is claimed by status (pending rows, `FOR UPDATE SKIP LOCKED`), never
 * by position, so a row that commits late is still seen; each claim writes a lease token that every
 * later write of that attempt must match.
 */
export class DeliveryClaims {
  /** Creates the queries over `schema` (already quoted), run on `driver` (or the worker's own connections). */
  constructor(
    private readonly driver: SqlClient,
    private readonly schema: string,
  ) {}

  /**
   * Claims up to `limit` due deliveries of `handlers`, skipping any whose handler still has an
   * earlier unfinished delivery for the same aggregate (so each handler sees an aggregate's events
   * in order). An attempt is counted at claim time, so a delivery that crashes its worker dies too.
   */
  async claim(handlers: readonly string[], limit: number, token: string, leaseMs: number): Promise<DeliveryRow[]> {
    const s = this.schema;
    const rows = await this.driver.query<DeliveryRow>(
      `WITH next AS (
         SELECT d.id FROM ${s}.deliveries d
         WHERE d.status = 'pending' AND d.available_at <= now()
           AND (d.lease_until IS NULL OR d.lease_until < now())
           AND d.handler = ANY($1::text[])
           AND (d.ordering_key IS NULL OR NOT EXISTS (
             SELECT 1 FROM ${s}.deliveries p
             WHERE p.handler = d.handler AND p.ordering_key = d.ordering_key AND p.status = 'pending'
               AND p.ordering_version < d.ordering_version))
         ORDER BY d.seq LIMIT $2
         FOR UPDATE OF d SKIP LOCKED
       ), claimed AS (
         UPDATE ${s}.deliveries u SET attempts = u.attempts + 1, lease_token = $3,
           lease_until = now() + make_interval(secs => $4::double precision / 1000)
         FROM next WHERE u.id = next.id
         RETURNING u.*
       )
       SELECT ${DELIVERY_COLUMNS} FROM claimed d JOIN ${s}.outbox_events e ON e.event_id = d.event_id ORDER BY d.seq`,
      [handlers, limit, token, leaseMs],
    );
    return rows;
  }

  /** Completes a delivery inside the handler's transaction; throws if the lease was lost, rolling it back. */
  async complete(client: SqlClient, id: string, token: string): Promise<void> {
    const done = await client.query(
      `UPDATE ${this.schema}.deliveries SET status = 'completed', finished_at = now(), lease_token = NULL,
         lease_until = NULL WHERE id = $1 AND lease_token = $2 RETURNING id`,
      [id, token],
    );
    if (done.length === 0) throw new LeaseLostError(id);
  }

  /** Releases a failed attempt until `delayMs` from now (database time); false if the lease was lost. */
  async retryLater(id: string, token: string, error: string, delayMs: number): Promise<boolean> {
    const rows = await this.driver.query(
      `UPDATE ${this.schema}.deliveries SET last_error = $3, lease_token = NULL, lease_until = NULL,
         available_at = now() + make_interval(secs => $4::double precision / 1000)
       WHERE id = $1 AND lease_token = $2 RETURNING id`,
      [id, token, error, delayMs],
    );
    return rows.length === 1;
  }

  /** Marks a delivery dead after its last attempt; false if the lease was lost. */
  async markDead(id: string, token: string, error: string): Promise<boolean> {
    const rows = await this.driver.query(
      `UPDATE ${this.schema}.deliveries SET status = 'dead', last_error = $3, finished_at = now(),
         lease_token = NULL, lease_until = NULL WHERE id = $1 AND lease_token = $2 RETURNING id`,
      [id, token, error],
    );
    return rows.length === 1;
  }

  /** Of `ids`, those still pending. */
  async stillPending(ids: readonly string[]): Promise<Set<string>> {
    const rows = await this.driver.query<{ id: string }>(
      `SELECT id FROM ${this.schema}.deliveries WHERE id = ANY($1::text[]) AND status = 'pending'`,
      [ids],
    );
    return new Set(rows.map((r) => r.id));
  }
}
