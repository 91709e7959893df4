import { ConfigurationError } from '../errors/configuration.error.js';
import { GliaError } from '../errors/glia-error.js';
import type { Transaction } from '../uow/transaction.js';

/** One write staged in an in-memory transaction: checked, then applied, all or nothing. */
export type StagedWrite = {
  /** Throws if the write may not happen (a stale version); runs before any write is applied. */
  readonly check: () => void;
  /** Applies the write; must not throw. */
  readonly apply: () => void;
};

/** An in-memory transaction: writes are staged and applied together when it commits. */
export class InMemoryTransaction implements Transaction {
  /** Identifies the in-memory adapter. */
  readonly adapter = 'memory';
  private readonly writes: StagedWrite[] = [];
  private closed = false;

  /** Stages a write for commit. */
  stage(write: StagedWrite): void {
    if (this.closed) {
      throw new GliaError('GLIA.TRANSACTION_FINISHED', 'This in-memory transaction has already finished.');
    }
    this.writes.push(write);
  }

  /** Checks every staged write, then applies them all; synchronous, so nothing can interleave. */
  commit(): void {
    this.closed = true;
    for (const write of this.writes) write.check();
    for (const write of this.writes) write.apply();
  }

  /** Drops every staged write. */
  rollback(): void {
    this.closed = true;
    this.writes.length = 0;
  }

  /** Narrows a transaction to an in-memory one, refusing foreign ones. */
  static from(tx: Transaction): InMemoryTransaction {
    if (!(tx instanceof InMemoryTransaction)) {
      throw new ConfigurationError(
        'GLIA.FOREIGN_TRANSACTION',
        `An in-memory store was given a '${tx.adapter}' transaction; use one persistence adapter per Glia instance.`,
      );
    }
    return tx;
  }
}
