import { describeError } from '../events/delivery-failure.js';
import { logSafely } from '../internal/log-safely.js';
import { consoleLogger, type Logger } from '../logging/logger.js';
import type { Transaction, TransactionManager } from '../uow/transaction.js';

/**
 * Wraps a transaction manager so that work can be run after a transaction commits (never after a
 * rollback): how the relay in this process is woken by the commits that wrote integration events.
 */
export class AfterCommitTransactions implements TransactionManager {
  private readonly callbacks = new WeakMap<Transaction, Array<() => void>>();

  /** Wraps `inner`; a callback's error goes to `logger`. */
  constructor(
    private readonly inner: TransactionManager,
    private readonly logger: Logger = consoleLogger,
  ) {}

  /**
   * Runs `work` in a transaction of `inner`; once it committed, calls what `afterCommit` queued for it.
   * A failing callback is logged: the transaction has committed, so it must not look as if it failed.
   */
  async run<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    let opened: Transaction | undefined;
    const result = await this.inner.run((tx) => {
      opened = tx;
      return work(tx);
    });
    const queued = opened === undefined ? undefined : this.callbacks.get(opened);
    for (const callback of queued ?? []) this.call(callback);
    return result;
  }

  /** Calls `callback` after `tx` commits; dropped if it rolls back. */
  afterCommit(tx: Transaction, callback: () => void): void {
    const queued = this.callbacks.get(tx);
    if (queued === undefined) this.callbacks.set(tx, [callback]);
    else if (!queued.includes(callback)) queued.push(callback);
  }

  // A callback typed `() => void` may still be async: its rejection is caught too.
  private call(callback: () => void): void {
    try {
      const returned: unknown = callback();
      if (returned instanceof Promise) returned.catch((error: unknown) => this.report(error));
    } catch (error) {
      this.report(error);
    }
  }

  // A logger that throws must not either: the commit still stands.
  private report(error: unknown): void {
    logSafely(() =>
      this.logger.error('An after-commit callback failed; the transaction had committed', {
        error: describeError(error),
      }),
    );
  }
}
