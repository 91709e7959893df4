import { DuplicateMessageError, type Inbox, type Transaction, type UnitOfWork } from '@glia/core';
import type { SqlDriver } from '../driver/sql-driver.js';
import { PostgresTransaction, PostgresTransactionManager } from '../postgres-transaction.js';

/**
 * Processed message ids per consumer, written in the consumer's own transaction: a redelivered
 * message (the same id) finds its record and has no second effect. A concurrent duplicate waits on
 * the first one's row lock and sees it once that commits.
 */
export class PostgresInbox implements Inbox {
  private readonly transactions: PostgresTransactionManager;

  /** Creates the inbox over `schema` (already quoted). */
  constructor(
    private readonly driver: SqlDriver,
    private readonly schema: string,
  ) {
    this.transactions = new PostgresTransactionManager(driver);
  }

  /**
   * Records the message inside `tx`; false if it was processed already (a concurrent duplicate waits
   * for the first transaction and sees its record once that commits).
   */
  async tryRecord(consumer: string, messageId: string, tx: Transaction): Promise<boolean> {
    const rows = await PostgresTransaction.from(tx, this.driver).query(
      `INSERT INTO ${this.schema}.inbox (consumer, message_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1`,
      [consumer, messageId],
    );
    return rows.length === 1;
  }

  /** Records the message inside `tx`; throws `DuplicateMessageError` (rolling `tx` back) if it was processed. */
  async record(tx: Transaction, consumer: string, messageId: string): Promise<void> {
    if (!(await this.tryRecord(consumer, messageId, tx))) throw new DuplicateMessageError(consumer, messageId);
  }

  /** Records the message in the unit of work's commit: a duplicate makes the whole commit fail. */
  enlist(unitOfWork: UnitOfWork, consumer: string, messageId: string): void {
    unitOfWork.enlist((tx) => this.record(tx, consumer, messageId));
  }

  /**
   * Runs `work` once per message id: records the id, then runs `work`, in one transaction. Resolves
   * true if it ran, false if the message had been processed already.
   */
  async process(
    consumer: string,
    messageId: string,
    work: (tx: PostgresTransaction) => Promise<void>,
  ): Promise<boolean> {
    try {
      await this.transactions.run(async (tx) => {
        await this.record(tx, consumer, messageId);
        await work(PostgresTransaction.from(tx));
      });
      return true;
    } catch (error) {
      if (DuplicateMessageError.is(error)) return false;
      throw error;
    }
  }

  /** True if the consumer has processed the message. */
  async hasProcessed(consumer: string, messageId: string): Promise<boolean> {
    const rows = await this.driver.query(`SELECT 1 FROM ${this.schema}.inbox WHERE consumer = $1 AND message_id = $2`, [
      consumer,
      messageId,
    ]);
    return rows.length > 0;
  }
}
