import type { CloudEvent } from './cloud-event.js';
import type { PublishResult } from './integration-event-publisher.js';
import type { OutboxMessageStore } from './outbox-message-store.js';
import { readPending } from './read-pending.js';

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
      pendingMessages: (limit, excluding) => this.pending(limit, excluding),
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

  /** Parks rejected events: in the store when it can (`parkMessages`), else deferred here for the longest delay. */
  async park(rejected: readonly PublishResult[]): Promise<void> {
    if (this.store.parkMessages !== undefined) {
      await this.store.parkMessages(rejected.map((r) => ({ id: r.id, reason: r.reason ?? 'rejected' })));
      return;
    }
    const until = Date.now() + this.maxDelayMs;
    for (const { id } of rejected) this.local.set(id, { until, delayMs: this.maxDelayMs });
  }

  private pending(limit: number, excluding?: ReadonlySet<string>): Promise<readonly CloudEvent[]> {
    if (this.local.size === 0) return readPending(this.store, limit, excluding ?? new Set());
    const now = Date.now();
    const left = new Set(excluding);
    for (const [id, deferral] of this.local) if (deferral.until > now) left.add(id);
    return readPending(this.store, limit, left);
  }
}
