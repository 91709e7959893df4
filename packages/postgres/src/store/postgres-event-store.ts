import { ConcurrencyError, type DomainEvent, type EventClass } from '@glia/core';
import type { SqlClient, SqlDriver } from '../driver/sql-driver.js';
import { decodeStoredEvent, eventColumnsOf, type EventRow } from '../outbox/stored-event.js';
import { isUniqueViolation } from './unique-violation.js';

/**
 * Streams of events, one per event-sourced aggregate, with a unique (stream, version): two
 * concurrent appends at the same version cannot both commit.
 */
export class PostgresEventStore {
  /** Creates the store over `schema` (already quoted). */
  constructor(
    private readonly driver: SqlDriver,
    private readonly schema: string,
  ) {}

  /**
   * Appends `events` (versions `expectedVersion + 1 …`) inside the transaction `client` runs;
   * throws `ConcurrencyError` if the stream is no longer at `expectedVersion`.
   */
  async append(
    client: SqlClient,
    stream: { readonly type: string; readonly id: string },
    expectedVersion: number,
    events: readonly DomainEvent[],
  ): Promise<void> {
    const rows = await client.query<{ version: number | null }>(
      `SELECT max(version) AS version FROM ${this.schema}.stream_events WHERE stream_type = $1 AND stream_id = $2`,
      [stream.type, stream.id],
    );
    const current = Number(rows[0]?.version ?? 0);
    if (current !== expectedVersion) {
      throw new ConcurrencyError(stream.type, stream.id, expectedVersion, current === 0 ? undefined : current);
    }
    const records = events.map((event, index) => ({ ...eventColumnsOf(event), version: expectedVersion + index + 1 }));
    try {
      await client.query(
        `INSERT INTO ${this.schema}.stream_events
           (stream_type, stream_id, version, event_id, event_type, occurred_at, correlation_id, causation_id, payload,
            metadata)
         SELECT $1, $2, r.version, r.event_id, r.event_type, r.occurred_at, r.correlation_id, r.causation_id, r.payload,
           r.metadata
         FROM jsonb_to_recordset($3::jsonb) AS r(version int, event_id text, event_type text, occurred_at timestamptz,
           correlation_id text, causation_id text, payload jsonb, metadata jsonb)`,
        [stream.type, stream.id, JSON.stringify(records)],
      );
    } catch (error) {
      // Another transaction appended the same version and committed first.
      if (isUniqueViolation(error)) throw new ConcurrencyError(stream.type, stream.id, expectedVersion, undefined);
      throw error;
    }
  }

  /** Reads a stream in version order, restoring each event with the classes given. */
  async read(
    stream: { readonly type: string; readonly id: string },
    eventClassFor: (type: string) => EventClass | undefined,
  ): Promise<DomainEvent[]> {
    const rows = await this.driver.query<EventRow>(
      `SELECT event_id, event_type, stream_type AS aggregate_type, stream_id AS aggregate_id,
              version AS aggregate_version, occurred_at, correlation_id, causation_id, payload::text AS payload,
              metadata::text AS metadata
       FROM ${this.schema}.stream_events WHERE stream_type = $1 AND stream_id = $2 ORDER BY version`,
      [stream.type, stream.id],
    );
    return rows.map((row) => decodeStoredEvent(row, eventClassFor));
  }
}
