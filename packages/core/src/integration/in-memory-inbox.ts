import { InMemoryTransaction } from '../memory/in-memory-transaction.js';
import type { Transaction } from '../uow/transaction.js';
import { DuplicateMessageError } from './duplicate-message.error.js';
import type { Inbox } from './inbox.js';

/** The inbox in memory, on in-memory transactions: the same semantics, durability aside. */
export class InMemoryInbox implements Inbox {
  private readonly recorded = new Set<string>();

  /** False if already recorded; the record becomes visible when `tx` commits. */
  async tryRecord(consumer: string, messageId: string, tx: Transaction): Promise<boolean> {
    const key = `${consumer}\u0000${messageId}`;
    if (this.recorded.has(key)) return false;
    InMemoryTransaction.from(tx).stage({
      // A concurrent transaction may have recorded it since: this one must then roll back.
      check: () => {
        if (this.recorded.has(key)) throw new DuplicateMessageError(consumer, messageId);
      },
      apply: () => this.recorded.add(key),
    });
    return true;
  }

  /** True if `consumer` has processed `messageId`. */
  has(consumer: string, messageId: string): boolean {
    return this.recorded.has(`${consumer}\u0000${messageId}`);
  }
}
