import type { CloudEvent } from './cloud-event.js';

/**
 * The integration events an outbox holds, for the relay: the ones not yet confirmed by the
 * publisher, oldest commit first. Durable outboxes implement it on their table.
 */
export interface OutboxMessageStore {
  /** At most `limit` pending events, in commit order. */
  pendingMessages(limit: number): Promise<readonly CloudEvent[]>;
  /** Marks events sent: the publisher confirmed them. */
  markMessagesSent(ids: readonly string[]): Promise<void>;
}

/** True if an outbox also keeps integration events (`OutboxBatch.messages`) for a relay. */
export function isOutboxMessageStore(outbox: object): outbox is OutboxMessageStore {
  const candidate = outbox as Partial<OutboxMessageStore>;
  return typeof candidate.pendingMessages === 'function' && typeof candidate.markMessagesSent === 'function';
}
