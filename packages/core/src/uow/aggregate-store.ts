import type { AggregateRoot } from '../domain/aggregate-root.js';
import type { Transaction } from './transaction.js';

/** Persistence of one aggregate type; implemented by each adapter (in-memory, PGlite, PostgreSQL). */
export interface AggregateStore<T extends AggregateRoot> {
  /** The declared type of the aggregates it stores. */
  readonly aggregateType: string;
  /** Loads a fresh instance, with its persisted version, or undefined if there is none. */
  load(id: string): Promise<T | undefined>;
  /**
   * Writes the aggregate and its uncommitted events inside `tx` at `versions.next`, if the stored
   * version is still `versions.expected` (0: it must not exist yet); otherwise the commit fails with
   * a `ConcurrencyError` and nothing is written.
   */
  save(tx: Transaction, aggregate: T, versions: SaveVersions): Promise<void>;
}

/** The versions a save goes from and to. */
export type SaveVersions = {
  /** The version the store must still hold (0 for a new aggregate). */
  readonly expected: number;
  /** The version the aggregate has once saved. */
  readonly next: number;
};
