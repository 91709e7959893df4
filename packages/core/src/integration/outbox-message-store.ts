import type { CloudEvent } from './cloud-event.js';

/**
 * The integration events an outbox holds, for the relay: the ones not yet confirmed by the
 * publisher, oldest commit first. Durable outboxes implement it on their table; the optional
 * members let a `RelayRunner` be woken by commits, defer unroutable events and share the work.
 */
export interface OutboxMessageStore {
  /**
   * At most `limit` pending events that are due, in commit order, leaving out those whose ids are in
   * `excluding` (events the relay is publishing or marking while it reads ahead).
   */
  pendingMessages(limit: number, excluding?: ReadonlySet<string>): Promise<readonly CloudEvent[]>;
  /** Marks events sent: the publisher confirmed them. */
  markMessagesSent(ids: readonly string[]): Promise<void>;
  /**
   * Leaves events pending but not due for a while: `delayMs`, doubled with each deferral of the same
   * event up to `maxDelayMs`. Without it the runner keeps deferrals in memory.
   */
  deferMessages?(ids: readonly string[], reason: string, delayMs: number, maxDelayMs: number): Promise<void>;
  /**
   * Parks events the receiver rejected for good: pending but never due, each with its reason, until
   * re-driven. Without it the runner defers them in memory for its longest delay.
   */
  parkMessages?(rejected: readonly { readonly id: string; readonly reason: string }[]): Promise<void>;
  /** Calls `onCommitted` after commits that added events (from any process); resolves to the unsubscribe. */
  watchMessages?(onCommitted: () => void): Promise<() => Promise<void>>;
  /**
   * Takes or renews the lease of relay `name` for `owner`; false while another owner holds it. One
   * relay at a time publishes, so commit order (and per-aggregate order) holds across processes.
   */
  leaseRelay?(name: string, owner: string, leaseMs: number): Promise<boolean>;
  /** Gives the lease up, so a standby takes over at once. */
  releaseRelay?(name: string, owner: string): Promise<void>;
}

/** True if an outbox also keeps integration events (`OutboxBatch.messages`) for a relay. */
export function isOutboxMessageStore(outbox: object): outbox is OutboxMessageStore {
  const candidate = outbox as Partial<OutboxMessageStore>;
  return typeof candidate.pendingMessages === 'function' && typeof candidate.markMessagesSent === 'function';
}
