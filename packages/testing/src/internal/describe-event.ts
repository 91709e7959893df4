import type { DomainEvent } from '@glia/core';

/** What two events must share to count as "the same event" in a test: class, type and payload. */
export type EventSummary = {
  readonly event: string;
  readonly type: string;
  readonly payload: Readonly<Record<string, unknown>>;
};

/** Summarises an event without its id, time and envelope, which differ on every run. */
export function describeEvent(event: DomainEvent): EventSummary {
  return { event: event.constructor.name, type: event.eventType, payload: event.payload() };
}

/** A short, readable list of event class names, for failure messages. */
export function eventNames(events: readonly DomainEvent[]): string {
  return events.length === 0 ? 'no events' : `[${events.map((e) => e.constructor.name).join(', ')}]`;
}
