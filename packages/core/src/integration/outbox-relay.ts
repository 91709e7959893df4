import type { IntegrationEventPublisher, PublishResult } from './integration-event-publisher.js';
import type { OutboxMessageStore } from './outbox-message-store.js';

/** What one relay pass did. */
export type RelayReport = {
  /** Confirmed, and marked sent. */
  readonly confirmed: number;
  /** Returned as unroutable: still pending. */
  readonly returned: number;
  /** Not confirmed: still pending. */
  readonly failed: number;
  /** The results that were not confirmed, for reporting. */
  readonly undelivered: readonly PublishResult[];
};

/** How the relay batches. */
export type OutboxRelayOptions = {
  /** Events per publish call; a crash between publish and mark re-sends at most this many. */
  readonly batchSize?: number;
  /** Called with every result that was not confirmed. */
  readonly onUndelivered?: (result: PublishResult) => void;
};

/**
 * Moves integration events from the outbox to a publisher: pending events are published in commit
 * order and marked sent only when confirmed; returned or failed ones stay pending for the next pass.
 */
export class OutboxRelay {
  /** Relays from `store` to `publisher`. */
  constructor(
    private readonly store: OutboxMessageStore,
    private readonly publisher: IntegrationEventPublisher,
    private readonly options: OutboxRelayOptions = {},
  ) {}

  /** Publishes one batch of pending events. */
  async relayOnce(): Promise<RelayReport> {
    const pending = await this.store.pendingMessages(this.options.batchSize ?? 500);
    if (pending.length === 0) return { confirmed: 0, returned: 0, failed: 0, undelivered: [] };
    const results = await this.publisher.publish(pending);
    const confirmed = results.filter((r) => r.outcome === 'confirmed').map((r) => r.id);
    if (confirmed.length > 0) await this.store.markMessagesSent(confirmed);
    const undelivered = results.filter((r) => r.outcome !== 'confirmed');
    for (const result of undelivered) this.options.onUndelivered?.(result);
    return {
      confirmed: confirmed.length,
      returned: undelivered.filter((r) => r.outcome === 'returned').length,
      failed: undelivered.filter((r) => r.outcome === 'failed').length,
      undelivered,
    };
  }

  /** Relays batch after batch until a pass confirms nothing (the outbox is empty or stuck). */
  async relayAll(): Promise<RelayReport> {
    let total: RelayReport = { confirmed: 0, returned: 0, failed: 0, undelivered: [] };
    for (;;) {
      const pass = await this.relayOnce();
      total = {
        confirmed: total.confirmed + pass.confirmed,
        returned: pass.returned,
        failed: pass.failed,
        undelivered: pass.undelivered,
      };
      if (pass.confirmed === 0) return total;
    }
  }
}
