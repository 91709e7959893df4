/**
 * An open transaction, as a persistence adapter hands it to the stores it owns. Opaque to the core:
 * each adapter narrows it to its own type.
 */
export interface Transaction {
  /** Identifies the adapter that opened it, so a store can refuse a foreign transaction. */
  readonly adapter: string;
}

/** Runs work in one transaction: all of it commits, or none of it does. */
export interface TransactionManager {
  /** Runs `work` in a new transaction; commits when it resolves, rolls back when it throws. */
  run<T>(work: (tx: Transaction) => Promise<T>): Promise<T>;
}
