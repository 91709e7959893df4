import type { Delivery, DeliveryStatus, EventClass } from '@glia/core';
import { decodeStoredEvent, decodeStoredEventLeniently, type EventRow } from './stored-event.js';

/** A delivery joined with its event (`d` and `e`), as the queries below select it. */
export type DeliveryRow = EventRow & {
  readonly id: string;
  readonly handler: string;
  readonly status: DeliveryStatus;
  readonly attempts: number;
  readonly last_error: string | null;
  readonly available_at: Date | string;
  readonly finished_at: Date | string | null;
};

/** The select list of a `DeliveryRow`. */
export const DELIVERY_COLUMNS = `d.id, d.handler, d.status, d.attempts, d.last_error, d.available_at, d.finished_at,
  e.event_id, e.event_type, e.aggregate_type, e.aggregate_id, e.aggregate_version, e.occurred_at, e.correlation_id,
  e.causation_id, e.payload::text AS payload, e.metadata::text AS metadata, e.traceparent, e.tracestate`;

/** A delivery with its event restored; `lenient` keeps events of unknown types instead of throwing. */
export function deliveryOf(
  row: DeliveryRow,
  eventClassFor: (type: string) => EventClass | undefined,
  lenient = false,
): Delivery {
  const event = lenient ? decodeStoredEventLeniently(row, eventClassFor) : decodeStoredEvent(row, eventClassFor);
  return {
    id: row.id,
    event,
    handler: row.handler,
    status: row.status,
    attempts: Number(row.attempts),
    availableAt: new Date(row.available_at),
    ...(row.last_error !== null && { lastError: row.last_error }),
    ...(row.finished_at !== null && { finishedAt: new Date(row.finished_at) }),
  };
}
