import {
  ConfigurationError,
  DomainEvent,
  ENVELOPE_KEYS,
  restoreEvent,
  type EventClass,
  type EventMetadata,
} from '@glia/core';
import { decodeJson, toTaggedJson } from '../serialization/tagged-json.js';

/** An event as its columns are read back (payload as text, so both drivers parse it alike). */
export type EventRow = {
  readonly event_id: string;
  readonly event_type: string;
  readonly aggregate_type: string | null;
  readonly aggregate_id: string | null;
  readonly aggregate_version: number | null;
  readonly occurred_at: Date | string;
  readonly correlation_id: string | null;
  readonly causation_id: string | null;
  readonly payload: string;
  readonly metadata?: string | null;
  /** W3C trace context; columns of the outbox only (elsewhere it stays in `metadata`). */
  readonly traceparent?: string | null;
  readonly tracestate?: string | null;
};

// Envelope fields with columns of their own; any other envelope field (whatever the core adds later)
// travels in the `metadata` column, so it survives a trip through the database.
const COLUMNS: ReadonlySet<string> = new Set([
  'eventId',
  'eventType',
  'occurredAt',
  'aggregateId',
  'aggregateType',
  'aggregateVersion',
  'correlationId',
  'causationId',
  'sequence',
]);
// The outbox has trace context columns too (queryable, and kept when a delivery runs elsewhere).
const OUTBOX_COLUMNS: ReadonlySet<string> = new Set([...COLUMNS, 'traceparent', 'tracestate']);

function metadataOf(event: DomainEvent, columns: ReadonlySet<string>): Record<string, unknown> | undefined {
  const extra: Record<string, unknown> = {};
  for (const key of ENVELOPE_KEYS) {
    const value = (event as unknown as Record<string, unknown>)[key];
    if (!columns.has(key) && value !== undefined) extra[key] = value;
  }
  return Object.keys(extra).length === 0 ? undefined : extra;
}

/**
 * The columns of an event, as one record of a `jsonb_to_recordset` batch insert; `traceColumns` for
 * a table with `traceparent` and `tracestate` columns (the outbox), else they go in `metadata`.
 */
export function eventColumnsOf(event: DomainEvent, traceColumns = false): Record<string, unknown> {
  return {
    ...(traceColumns && { traceparent: event.traceparent ?? null, tracestate: event.tracestate ?? null }),
    event_id: event.eventId,
    event_type: event.eventType,
    aggregate_type: event.aggregateType,
    aggregate_id: event.aggregateId,
    aggregate_version: event.aggregateVersion,
    occurred_at: event.occurredAt.toISOString(),
    correlation_id: event.correlationId,
    causation_id: event.causationId,
    payload: toTaggedJson(event.payload()),
    metadata: metadataOf(event, traceColumns ? OUTBOX_COLUMNS : COLUMNS),
  };
}

/** Rebuilds a stored event as an instance of its class; throws if the type is unknown here. */
export function decodeStoredEvent(row: EventRow, eventClassFor: (type: string) => EventClass | undefined): DomainEvent {
  const eventClass = eventClassFor(row.event_type);
  if (eventClass === undefined) {
    throw new ConfigurationError(
      'GLIA.UNKNOWN_EVENT_TYPE',
      `Stored event type '${row.event_type}' is not known in this process: register a handler for it or list it in the persistence's 'events' option.`,
    );
  }
  const metadata =
    row.metadata === undefined || row.metadata === null ? {} : (JSON.parse(row.metadata) as EventMetadata);
  return restoreEvent(eventClass, {
    ...metadata,
    eventId: row.event_id,
    occurredAt: new Date(row.occurred_at),
    payload: decodeJson(row.payload) as Record<string, unknown>,
    ...(row.aggregate_type !== null && { aggregateType: row.aggregate_type }),
    ...(row.aggregate_id !== null && { aggregateId: row.aggregate_id }),
    ...(row.aggregate_version !== null && { aggregateVersion: Number(row.aggregate_version) }),
    ...(row.correlation_id !== null && { correlationId: row.correlation_id }),
    ...(row.causation_id !== null && { causationId: row.causation_id }),
    ...(typeof row.traceparent === 'string' && { traceparent: row.traceparent }),
    ...(typeof row.tracestate === 'string' && { tracestate: row.tracestate }),
  });
}

/** Stands in for a stored event whose class this process does not know (listing, operations). */
export class UnknownStoredEvent extends DomainEvent {
  /** The stored type name. */
  declare readonly storedType: string;

  /** Never called: instances are restored. */
  private constructor() {
    super();
  }

  /** The stored type name, since this class has none of its own. */
  override get eventType(): string {
    return this.storedType;
  }
}

/** Like `decodeStoredEvent`, but an unknown type comes back as an `UnknownStoredEvent`. */
export function decodeStoredEventLeniently(
  row: EventRow,
  eventClassFor: (type: string) => EventClass | undefined,
): DomainEvent {
  if (eventClassFor(row.event_type) !== undefined) return decodeStoredEvent(row, eventClassFor);
  const restored = decodeStoredEvent(row, () => UnknownStoredEvent);
  const event = Object.create(UnknownStoredEvent.prototype) as object;
  // Not enumerable, so it is not mistaken for part of the payload.
  Object.defineProperty(event, 'storedType', { value: row.event_type, enumerable: false });
  return Object.freeze(Object.assign(event, restored)) as DomainEvent;
}
