import type { AggregateRoot } from '../domain/aggregate-root.js';

/**
 * The domain's way to load and add aggregates of one type. Everything it returns or is given is
 * tracked by the current unit of work and saved by its commit.
 */
export interface Repository<T extends AggregateRoot> {
  /** Loads an aggregate; throws `AggregateNotFoundError` if it does not exist. */
  get(id: string): Promise<T>;
  /** Loads an aggregate, or returns undefined if it does not exist. */
  find(id: string): Promise<T | undefined>;
  /** Adds a new aggregate; it is inserted on commit (a `ConcurrencyError` if the id is taken). */
  add(aggregate: T): void;
}
