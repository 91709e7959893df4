import type { Transaction, TransactionManager } from '../uow/transaction.js';
import { InMemoryTransaction } from './in-memory-transaction.js';

/** Runs work in an in-memory transaction: all staged writes apply together, or none do. */
export class InMemoryTransactionManager implements TransactionManager {
  /** Runs `work`; applies its writes atomically when it resolves, drops them when anything throws. */
  async run<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    const tx = new InMemoryTransaction();
    try {
      const result = await work(tx);
      tx.commit();
      return result;
    } catch (error) {
      tx.rollback();
      throw error;
    }
  }
}
