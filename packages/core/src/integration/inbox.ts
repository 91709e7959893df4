import type { Transaction } from '../uow/transaction.js';

/**
 * Processed message ids per consumer, recorded in the consumer's own transaction, so a redelivered
 * message has no second effect. Durable adapters implement it on their database.
 */
export interface Inbox {
  /**
   * Records that `consumer` processed `messageId`, inside `tx`. Resolves false when it already had;
   * a concurrent duplicate may instead make the commit fail with a `GLIA.DUPLICATE_MESSAGE` error.
   */
  tryRecord(consumer: string, messageId: string, tx: Transaction): Promise<boolean>;
}
