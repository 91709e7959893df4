import { randomUUID } from 'node:crypto';
import type { BenchDatabase, RawQuery } from '../durable/bench-database.js';
import { EVENTS_PER_AGGREGATE, HANDLERS, runClients, type CommitWorkload } from './commit-workload.js';
import { assertRowsWritten } from './row-counts.js';

// The statements @glia/postgres issues for one commit (PostgresAggregateStore.save for a new aggregate,
// PostgresOutbox.append), copied so the baseline writes the same rows with the same SQL.
const sql = (s: string) => ({
  aggregate: `INSERT INTO ${s}.aggregates (aggregate_type, aggregate_id, version, state)
    VALUES ($1, $2, $3, $4::jsonb) ON CONFLICT DO NOTHING RETURNING version`,
  events: `INSERT INTO ${s}.outbox_events (event_id, event_type, aggregate_type, aggregate_id,
      aggregate_version, occurred_at, correlation_id, causation_id, payload, metadata)
    SELECT r.event_id, r.event_type, r.aggregate_type, r.aggregate_id, r.aggregate_version, r.occurred_at,
      r.correlation_id, r.causation_id, r.payload, r.metadata
    FROM jsonb_to_recordset($1::jsonb) AS r(event_id text, event_type text, aggregate_type text,
      aggregate_id text, aggregate_version int, occurred_at timestamptz, correlation_id text, causation_id text,
      payload jsonb, metadata jsonb, ord int)
    ORDER BY r.ord`,
  deliveries: `INSERT INTO ${s}.deliveries (id, event_id, handler, status, ordering_key, ordering_version)
    SELECT r.id, r.event_id, r.handler, 'pending', r.ordering_key, r.ordering_version
    FROM jsonb_to_recordset($1::jsonb) AS r(id text, event_id text, handler text,
      ordering_key text, ordering_version int, ord int)
    ORDER BY r.ord`,
  notify: 'SELECT pg_notify($1, $2)',
});

const handlers = Array.from({ length: HANDLERS }, (_, i) => `bench.PingCounter${i}`);

async function writeCommit(
  query: RawQuery,
  statements: ReturnType<typeof sql>,
  ids: readonly string[],
  channel: string,
) {
  const correlationId = randomUUID();
  const occurredAt = new Date().toISOString();
  const events: Array<Record<string, unknown>> = [];
  for (const id of ids) {
    const inserted = await query(statements.aggregate, [
      'bench.Pinger',
      id,
      EVENTS_PER_AGGREGATE,
      JSON.stringify({ id, pings: 2 }),
    ]);
    if (inserted.length !== 1) throw new Error(`Aggregate ${id} exists already.`);
    for (let version = 1; version <= EVENTS_PER_AGGREGATE; version += 1) {
      events.push({
        event_id: randomUUID(),
        event_type: 'bench.Pinged.v1',
        aggregate_type: 'bench.Pinger',
        aggregate_id: id,
        aggregate_version: version,
        occurred_at: occurredAt,
        correlation_id: correlationId,
        payload: { n: version },
        ord: events.length,
      });
    }
  }
  await query(statements.events, [JSON.stringify(events)]);
  const deliveries = events.flatMap((event) =>
    handlers.map((handler) => ({
      id: randomUUID(),
      event_id: event['event_id'],
      handler,
      ordering_key: `bench.Pinger/${String(event['aggregate_id'])}`,
      ordering_version: event['aggregate_version'],
    })),
  );
  await query(statements.deliveries, [JSON.stringify(deliveries.map((d, ord) => ({ ...d, ord })))]);
  await query(statements.notify, [channel, '']);
}

/**
 * The baseline: what a user would write by hand with the same client (a `pg` pool connection, or
 * the same PGlite instance): `BEGIN`, the same statements Glia's adapter issues for the same rows
 * (aggregate insert per aggregate, one batched insert of the events, one of the deliveries, one
 * `pg_notify`), `COMMIT`. Untimed: emptying the tables.
 */
export async function handWrittenCommitSample(db: BenchDatabase, workload: CommitWorkload): Promise<number> {
  await db.truncate();
  const statements = sql(db.quoted);
  const channel = `glia_${db.schema}`.slice(0, 63);
  const prefix = randomUUID();

  const seconds = await runClients(workload, (commit) =>
    db.rawTransaction((query) =>
      writeCommit(
        query,
        statements,
        Array.from({ length: workload.aggregatesPerCommit }, (_, k) => `${prefix}-${commit}-${k}`),
        channel,
      ),
    ),
  );

  await assertRowsWritten(db, workload, 'hand-written commit');
  return workload.commits / seconds;
}
