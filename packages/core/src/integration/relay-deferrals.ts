import type { CloudEvent } from './cloud-event.js';
import type { PublishResult } from './integration-event-publisher.js';
import type { OutboxMessageStore } from './outbox-message-store.js';

const REPORTED_LIMIT = 10_000;

/**
 * Keeps returned (unroutable) events out of the relay's way: deferred in the store when it can
 * (`deferMessages`), in memory otherwise, with a delay that doubles each time; and remembers which
 * ones were reported, so each is reported once rather than on every retry.
 */
export class RelayDeferrals {
  private readonly local = new Map<string, { until: number; delayMs: number }>();
  private readonly reported = new Set<string>();

  /** Defers in (or in front of) `store`. */
  constructor(
    private readonly store: OutboxMessageStore,
    private readonly delayMs: number,
    private readonly maxDelayMs: number,
  ) {}

  /** The store as the relay sees it: locally deferred events left out until they are due. */
  view(): OutboxMessageStore {
    return {
      pendingMessages: (limit) => this.pending(limit),
      markMessagesSent: async (ids) => {
        await this.store.markMessagesSent(ids);
        for (const id of ids) {
          this.local.delete(id);
          this.reported.delete(id);
        }
      },
    };
  }

  /** Of `returned`, those not reported before (now remembered as reported). */
  firstReports(returned: readonly PublishResult[]): PublishResult[] {
    if (this.reported.size > REPORTED_LIMIT) this.reported.clear();
    const fresh = returned.filter((r) => !this.reported.has(r.id));
    for (const result of fresh) this.reported.add(result.id);
    return fresh;
  }

  /** Defers the returned events. */
  async defer(returned: readonly PublishResult[]): Promise<void> {
    if (this.store.deferMessages !== undefined) {
      const reason = returned[0]?.reason ?? 'returned';
      await this.store.deferMessages(
        returned.map((r) => r.id),
        reason,
        this.delayMs,
        this.maxDelayMs,
      );
      return;
    }
    const now = Date.now();
    for (const { id } of returned) {
      const previous = this.local.get(id);
      const delayMs = previous === undefined ? this.delayMs : Math.min(previous.delayMs * 2, this.maxDelayMs);
      this.local.set(id, { until: now + delayMs, delayMs });
    }
  }

  private async pending(limit: number): Promise<readonly CloudEvent[]> {
    if (this.local.size === 0) return this.store.pendingMessages(limit);
    const now = Date.now();
    const waiting = new Set([...this.local].filter(([, d]) => d.until > now).map(([id]) => id));
    const events = await this.store.pendingMessages(limit + waiting.size);
    return events.filter((event) => !waiting.has(event.id)).slice(0, limit);
  }
}
