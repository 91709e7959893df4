import type {
  CloudEvent,
  Delivery,
  DeliveryQuery,
  DeliveryStats,
  DeliveryStatsSource,
  DeliveryStore,
  Outbox,
  OutboxBatch,
  OutboxMessageStore,
  Transaction,
} from '@glia/core';
import type { SqlDriver } from '../driver/sql-driver.js';
import { PostgresTransaction } from '../postgres-transaction.js';
import type { DeadDeliveryQuery } from './dead-delivery-query.js';
import type { EventCatalog } from './event-catalog.js';
import { deliveryOf, DELIVERY_COLUMNS, type DeliveryRow } from './delivery-row.js';
import { readDeliveryStats } from './delivery-stats-query.js';
import { OutboxMessages } from './outbox-messages.js';
import { eventColumnsOf } from './stored-event.js';

/**
 * The transactional outbox: each committed event once, one delivery record per subscribed handler,
 * and the integration events for the relay, written in the commit's transaction; then a NOTIFY that
 * PostgreSQL sends only if it commits.
 */
export class PostgresOutbox implements Outbox, DeliveryStore, DeliveryStatsSource, OutboxMessageStore {
  private readonly messages: OutboxMessages;

  /** Creates the outbox over `schema` (already quoted); `channel` is where commits are announced. */
  constructor(
    private readonly driver: SqlDriver,
    private readonly schema: string,
    private readonly channel: string,
    private readonly catalog: EventCatalog,
  ) {
    this.messages = new OutboxMessages(driver, schema, `${channel.slice(0, 57)}_relay`);
  }

  /** Writes the events and their deliveries inside `tx`. */
  async append(tx: Transaction, batch: OutboxBatch): Promise<void> {
    const { client } = PostgresTransaction.from(tx, this.driver);
    this.catalog.remember(batch.events);
    if (batch.events.length > 0) {
      await client.query(
        `INSERT INTO ${this.schema}.outbox_events (event_id, event_type, aggregate_type, aggregate_id,
           aggregate_version, occurred_at, correlation_id, causation_id, payload, metadata, traceparent, tracestate)
         SELECT r.event_id, r.event_type, r.aggregate_type, r.aggregate_id, r.aggregate_version, r.occurred_at,
           r.correlation_id, r.causation_id, r.payload, r.metadata, r.traceparent, r.tracestate
         FROM jsonb_to_recordset($1::jsonb) AS r(event_id text, event_type text, aggregate_type text,
           aggregate_id text, aggregate_version int, occurred_at timestamptz, correlation_id text, causation_id text,
           payload jsonb, metadata jsonb, traceparent text, tracestate text, ord int)
         ORDER BY r.ord`,
        [JSON.stringify(batch.events.map((event, ord) => ({ ...eventColumnsOf(event, true), ord })))],
      );
    }
    if (batch.messages !== undefined && batch.messages.length > 0) {
      // A re-sent integration event keeps its id: the first one stored wins.
      await client.query(
        `INSERT INTO ${this.schema}.outbox_messages (id, message)
         SELECT r.value->>'id', r.value FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS r(value, ord)
         ORDER BY r.ord ON CONFLICT (id) DO NOTHING`,
        [JSON.stringify(batch.messages)],
      );
      await client.query('SELECT pg_notify($1, $2)', [this.messages.channel, '']);
    }
    if (batch.deliveries.length === 0) return;
    const records = batch.deliveries.map((d, ord) => {
      const { aggregateType, aggregateId, aggregateVersion } = d.event;
      const ordered = aggregateId !== undefined && aggregateVersion !== undefined;
      return {
        id: d.id,
        event_id: d.event.eventId,
        handler: d.handler,
        ordering_key: ordered ? `${aggregateType ?? ''}/${aggregateId}` : null,
        ordering_version: ordered ? aggregateVersion : null,
        ord,
      };
    });
    // Ordered by the batch's own order, so `seq` follows raise order within the commit.
    await client.query(
      `INSERT INTO ${this.schema}.deliveries (id, event_id, handler, status, ordering_key, ordering_version)
       SELECT r.id, r.event_id, r.handler, 'pending', r.ordering_key, r.ordering_version
       FROM jsonb_to_recordset($1::jsonb) AS r(id text, event_id text, handler text,
         ordering_key text, ordering_version int, ord int)
       ORDER BY r.ord`,
      [JSON.stringify(records)],
    );
    await client.query('SELECT pg_notify($1, $2)', [this.channel, '']);
  }

  /** Marks a delivery done. */
  async complete(id: string, attempts: number): Promise<void> {
    await this.driver.query(
      `UPDATE ${this.schema}.deliveries SET status = 'completed', attempts = $2, finished_at = now(),
         lease_token = NULL, lease_until = NULL WHERE id = $1`,
      [id, attempts],
    );
  }

  /** Records a failed attempt and when to try again. */
  async retryLater(id: string, attempts: number, error: string, availableAt: Date): Promise<void> {
    await this.driver.query(
      `UPDATE ${this.schema}.deliveries SET attempts = $2, last_error = $3, available_at = $4::timestamptz,
         lease_token = NULL, lease_until = NULL WHERE id = $1`,
      [id, attempts, error, availableAt.toISOString()],
    );
  }

  /** Records the last failed attempt. */
  async markDead(id: string, attempts: number, error: string): Promise<void> {
    await this.driver.query(
      `UPDATE ${this.schema}.deliveries SET status = 'dead', attempts = $2, last_error = $3, finished_at = now(),
         lease_token = NULL, lease_until = NULL WHERE id = $1`,
      [id, attempts, error],
    );
  }

  /** Lists deliveries in commit order. */
  async list(query: DeliveryQuery = {}): Promise<readonly Delivery[]> {
    const rows = await this.driver.query<DeliveryRow>(
      `SELECT ${DELIVERY_COLUMNS} FROM ${this.schema}.deliveries d
       JOIN ${this.schema}.outbox_events e ON e.event_id = d.event_id
       WHERE ($1::text IS NULL OR d.status = $1) AND ($2::text IS NULL OR d.handler = $2)
       ORDER BY d.seq LIMIT $3`,
      [query.status ?? null, query.handler ?? null, query.limit ?? null],
    );
    return rows.map((row) => deliveryOf(row, this.catalog.classFor, true));
  }

  /** Sets dead deliveries (those that died at or after `since`, if given) back to pending with no attempts, and announces them. */
  async retryDead(query: DeadDeliveryQuery = {}): Promise<readonly Delivery[]> {
    const s = this.schema;
    const rows = await this.driver.transaction(async (client) => {
      const revived = await client.query<DeliveryRow>(
        `WITH revived AS (
           UPDATE ${s}.deliveries SET status = 'pending', attempts = 0, available_at = now(),
             finished_at = NULL, lease_token = NULL, lease_until = NULL
           WHERE id IN (SELECT id FROM ${s}.deliveries
                        WHERE status = 'dead' AND ($1::text IS NULL OR handler = $1)
                          AND ($3::timestamptz IS NULL OR finished_at >= $3::timestamptz) ORDER BY seq LIMIT $2)
           RETURNING *)
         SELECT ${DELIVERY_COLUMNS} FROM revived d JOIN ${s}.outbox_events e ON e.event_id = d.event_id ORDER BY d.seq`,
        [query.handler ?? null, query.limit ?? null, query.since?.toISOString() ?? null],
      );
      await client.query('SELECT pg_notify($1, $2)', [this.channel, '']);
      return revived;
    });
    return rows.map((row) => deliveryOf(row, this.catalog.classFor, true));
  }

  /** Counts per handler and the oldest pending age: `createGlia` feeds the outbox gauges from it. */
  stats(): Promise<readonly DeliveryStats[]> {
    return readDeliveryStats(this.driver, this.schema);
  }

  /** At most `limit` integration events not yet sent and due, in commit order, but those in `excluding`; claimed by status, not position. */
  pendingMessages(limit = 100, excluding?: ReadonlySet<string>): Promise<readonly CloudEvent[]> {
    return this.messages.pending(limit, excluding);
  }

  /** Marks integration events sent once the publisher confirmed them. */
  markMessagesSent(ids: readonly string[]): Promise<void> {
    return this.messages.markSent(ids);
  }

  /** Defers returned integration events (pending, not due) with a delay that doubles per deferral. */
  deferMessages(ids: readonly string[], reason: string, delayMs: number, maxDelayMs: number): Promise<void> {
    return this.messages.defer(ids, reason, delayMs, maxDelayMs);
  }

  /** The NOTIFY channel that wakes relays: commits (and re-drives) that add due integration events. */
  get messageChannel(): string {
    return this.messages.channel;
  }

  /** Parks integration events the receiver rejected for good, until `OutboxOperations` re-drives them. */
  parkMessages(rejected: readonly { readonly id: string; readonly reason: string }[]): Promise<void> {
    return this.messages.park(rejected);
  }

  /** Calls `onCommitted` after every commit, in any process, that added integration events. */
  watchMessages(onCommitted: () => void): Promise<() => Promise<void>> {
    return this.messages.watch(onCommitted);
  }

  /** Takes or renews the relay lease `name`: one relay at a time publishes, in commit order. */
  leaseRelay(name: string, owner: string, leaseMs: number): Promise<boolean> {
    return this.messages.lease(name, owner, leaseMs);
  }

  /** Gives the relay lease up. */
  releaseRelay(name: string, owner: string): Promise<void> {
    return this.messages.release(name, owner);
  }
}
