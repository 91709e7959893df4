/** One versioned change to Glia's schema; `sql` names the schema as `{schema}`. */
export type Migration = {
  /** Applied in ascending order, once each. */
  readonly version: number;
  /** What it does, for the migrations table. */
  readonly name: string;
  /** The script. */
  readonly sql: string;
};

/** Glia's schema, in order. Never edit a released migration: add the next one. */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'aggregates, event streams, outbox, deliveries, inbox',
    sql: `
      CREATE TABLE {schema}.aggregates (
        aggregate_type text NOT NULL,
        aggregate_id text NOT NULL,
        version integer NOT NULL,
        state jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (aggregate_type, aggregate_id)
      );
      CREATE TABLE {schema}.stream_events (
        stream_type text NOT NULL,
        stream_id text NOT NULL,
        version integer NOT NULL,
        event_id text NOT NULL UNIQUE,
        event_type text NOT NULL,
        occurred_at timestamptz NOT NULL,
        correlation_id text,
        causation_id text,
        payload jsonb NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (stream_type, stream_id, version)
      );
      CREATE TABLE {schema}.outbox_events (
        event_id text PRIMARY KEY,
        position bigserial NOT NULL,
        event_type text NOT NULL,
        aggregate_type text,
        aggregate_id text,
        aggregate_version integer,
        occurred_at timestamptz NOT NULL,
        correlation_id text,
        causation_id text,
        payload jsonb NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE {schema}.deliveries (
        id text PRIMARY KEY,
        seq bigserial NOT NULL,
        event_id text NOT NULL REFERENCES {schema}.outbox_events (event_id),
        handler text NOT NULL,
        status text NOT NULL CHECK (status IN ('pending', 'completed', 'dead')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        available_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        ordering_key text,
        ordering_version integer,
        lease_token text,
        lease_until timestamptz
      );
      CREATE INDEX deliveries_due ON {schema}.deliveries (seq) WHERE status = 'pending';
      CREATE INDEX deliveries_order ON {schema}.deliveries (handler, ordering_key, ordering_version)
        WHERE status = 'pending';
      CREATE INDEX deliveries_finished ON {schema}.deliveries (finished_at) WHERE status = 'completed';
      CREATE INDEX deliveries_event ON {schema}.deliveries (event_id);
      CREATE TABLE {schema}.inbox (
        consumer text NOT NULL,
        message_id text NOT NULL,
        processed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer, message_id)
      );
    `,
  },
  {
    version: 2,
    name: 'integration events (CloudEvents) for the relay; open-ended event metadata',
    sql: `
      ALTER TABLE {schema}.outbox_events ADD COLUMN metadata jsonb;
      ALTER TABLE {schema}.stream_events ADD COLUMN metadata jsonb;
      CREATE TABLE {schema}.outbox_messages (
        id text PRIMARY KEY,
        position bigserial NOT NULL,
        message jsonb NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz
      );
      CREATE INDEX outbox_messages_pending ON {schema}.outbox_messages (position) WHERE sent_at IS NULL;
    `,
  },
  {
    version: 3,
    name: 'relay: deferred (returned) integration events, one active relay by lease',
    sql: `
      ALTER TABLE {schema}.outbox_messages
        ADD COLUMN attempts integer NOT NULL DEFAULT 0,
        ADD COLUMN last_error text,
        ADD COLUMN available_at timestamptz NOT NULL DEFAULT now();
      CREATE TABLE {schema}.relay_leases (
        name text PRIMARY KEY,
        owner text NOT NULL,
        lease_until timestamptz NOT NULL
      );
    `,
  },
  {
    version: 4,
    name: 'outbox events: W3C trace context columns',
    sql: `
      ALTER TABLE {schema}.outbox_events
        ADD COLUMN traceparent text,
        ADD COLUMN tracestate text;
    `,
  },
];
