import type { DomainEvent } from '@glia/core';

/** A committed domain event as live clients receive it: plain JSON, one server-sent event each. */
export type LiveEvent = {
  /** The event's unique id (also the SSE `id`). */
  readonly eventId: string;
  /** Its declared, versioned type, e.g. `pizzeria.orders.OrderReady.v1`. */
  readonly type: string;
  /** The type of the aggregate that raised it, e.g. `pizzeria.orders.Order`. */
  readonly aggregateType: string;
  /** The id of the aggregate that raised it. */
  readonly aggregateId: string;
  /** The version the event gave the aggregate. */
  readonly version: number;
  /** When it happened, ISO-8601. */
  readonly occurredAt: string;
  /** The event's own fields. */
  readonly payload: Readonly<Record<string, unknown>>;
};

/** Reads a committed event into its live form. */
export function toLiveEvent(event: DomainEvent): LiveEvent {
  return {
    eventId: event.eventId,
    type: event.eventType,
    aggregateType: event.aggregateType ?? '',
    aggregateId: event.aggregateId ?? '',
    version: event.aggregateVersion ?? 0,
    occurredAt: event.occurredAt.toISOString(),
    payload: event.payload(),
  };
}
