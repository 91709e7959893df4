import { deepFreeze } from '../internal/deep-freeze.js';
import type { DomainEvent } from './domain-event.js';
import type { EventMetadata } from './event-metadata.js';
import type { EventClass } from './event-type.decorator.js';

/** A stored event, as adapters read it back. */
export type StoredEventData = EventMetadata & {
  /** Unique id of the event. */
  readonly eventId: string;
  /** When it happened. */
  readonly occurredAt: Date;
  /** Its payload fields, already deserialised. */
  readonly payload: Readonly<Record<string, unknown>>;
};

/**
 * Rebuilds an event instance from stored data without running its constructor (which would make a
 * new id and time), then freezes it. Used by persistence adapters.
 */
export function restoreEvent<T extends DomainEvent>(eventClass: EventClass<T>, data: StoredEventData): T {
  const event = Object.create(eventClass.prototype as object) as T;
  const { payload, ...envelope } = data;
  const fields: Record<string, unknown> = { ...payload };
  for (const [key, value] of Object.entries(envelope)) {
    if (value !== undefined) fields[key] = value;
  }
  Object.assign(event, fields);
  return deepFreeze(event);
}
