import type { Transaction, TransactionManager } from '../uow/transaction.js';

/**
 * Wraps a transaction manager so that work can be run after a transaction commits (never after a
 * rollback): how the relay in this process is woken by the commits that wrote integration events.
 */
export class AfterCommitTransactions implements TransactionManager {
  private readonly callbacks = new WeakMap<Transaction, Array<() => void>>();

  /** Wraps `inner`. */
  constructor(private readonly inner: TransactionManager) {}

  /** Runs `work` in a transaction of `inner`; once it committed, calls what `afterCommit` queued for it. */
  async run<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    let opened: Transaction | undefined;
    const result = await this.inner.run((tx) => {
      opened = tx;
      return work(tx);
    });
    const queued = opened === undefined ? undefined : this.callbacks.get(opened);
    for (const callback of queued ?? []) callback();
    return result;
  }

  /** Calls `callback` after `tx` commits; dropped if it rolls back. */
  afterCommit(tx: Transaction, callback: () => void): void {
    const queued = this.callbacks.get(tx);
    if (queued === undefined) this.callbacks.set(tx, [callback]);
    else if (!queued.includes(callback)) queued.push(callback);
  }
}
