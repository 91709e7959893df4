import type { AggregateRoot } from '../domain/aggregate-root.js';

/**
 * Turns an aggregate into a plain, serialisable snapshot and back. Durable stores need one per
 * aggregate type; the in-memory store uses one when given, and copies the object deeply otherwise.
 */
export interface AggregateMapper<T extends AggregateRoot, S = unknown> {
  /** The aggregate's state as plain data (no version, no events). */
  toSnapshot(aggregate: T): S;
  /** A new aggregate instance with that state. */
  fromSnapshot(snapshot: S): T;
}
