import { randomUUID } from 'node:crypto';
import { deepFreeze } from '../internal/deep-freeze.js';
import { nextRaiseSequence } from '../internal/raise-sequence.js';
import { ENVELOPE_KEYS, type EventMetadata } from './event-metadata.js';
import { requireEventType } from './event-type.decorator.js';

/** Identity and time of an event; given when an event is restored, generated otherwise. */
export type EventIdentity = {
  /** Unique id of this event. */
  readonly eventId?: string;
  /** When it happened. */
  readonly occurredAt?: Date;
};

/**
 * A fact that happened in the domain: past-tense name, immutable, carrying what handlers need.
 * Subclasses declare their type with `@EventType('context.Name.v1')` and their payload as readonly
 * constructor properties.
 */
export abstract class DomainEvent implements EventMetadata {
  /** Unique id of this event; stable across retries and processes. */
  readonly eventId: string;
  /** When it happened, in UTC. */
  readonly occurredAt: Date;
  /** Id of the aggregate that raised the event, once raised. */
  readonly aggregateId?: string;
  /** Declared type of the aggregate that raised the event, once raised. */
  readonly aggregateType?: string;
  /** The aggregate's version once this event is applied, once raised. */
  readonly aggregateVersion?: number;
  /** Id shared by every message caused by one original request. */
  readonly correlationId?: string;
  /** Id of the message that caused this one. */
  readonly causationId?: string;
  /** W3C `traceparent` of the work that raised it, stamped at commit. */
  readonly traceparent?: string;
  /** W3C `tracestate` that came with `traceparent`. */
  readonly tracestate?: string;

  /**
   * Generates the id and time (pass them only when restoring); throws if the class has no
   * `@EventType` of its own. Public (the class is abstract anyway) so that events without a payload
   * need no constructor of their own.
   */
  constructor(identity: EventIdentity = {}) {
    // Fail at construction: an undecorated subclass would inherit no type and never be frozen.
    requireEventType(new.target);
    this.eventId = identity.eventId ?? randomUUID();
    this.occurredAt = identity.occurredAt ?? new Date();
  }

  /** The declared, versioned type name of this event. */
  get eventType(): string {
    return requireEventType(this.constructor as never);
  }

  /** The payload: every own field that is not part of the envelope. */
  payload(): Readonly<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(this)) {
      if (!ENVELOPE_KEYS.has(key)) out[key] = (this as unknown as Record<string, unknown>)[key];
    }
    return out;
  }

  /** A frozen copy of this event with `metadata` stamped on it; the original stays unchanged. */
  withMetadata(metadata: EventMetadata): this {
    const own = this as unknown as Record<string | symbol, unknown>;
    const sequence = own[RAISE_SEQUENCE] as number | undefined;
    const changes = Object.entries(metadata).filter(([key, value]) => value !== undefined && own[key] !== value);
    // Already raised (frozen, sequenced) and nothing new to stamp: the event itself is the copy.
    if (changes.length === 0 && sequence !== undefined && Object.isFrozen(this)) return this;
    const copy = Object.create(Object.getPrototypeOf(this) as object) as this;
    Object.assign(copy, this, Object.fromEntries(changes));
    Object.defineProperty(copy, RAISE_SEQUENCE, { value: sequence ?? nextRaiseSequence() });
    // A frozen original's fields are frozen already (and the stamped ones are strings and numbers).
    return Object.isFrozen(this) ? Object.freeze(copy) : deepFreeze(copy);
  }
}

/** Hidden, per-process order in which events were raised; used to dispatch them in that order. */
export const RAISE_SEQUENCE = Symbol('glia.raiseSequence');

/** The order in which an event was raised in this process (0 if it was never raised here). */
export function raiseSequenceOf(event: DomainEvent): number {
  return (event as unknown as Record<symbol, number | undefined>)[RAISE_SEQUENCE] ?? 0;
}
