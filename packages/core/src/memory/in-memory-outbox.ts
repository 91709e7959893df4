import type { DomainEvent } from '../domain/domain-event.js';
import { GliaError } from '../errors/glia-error.js';
import { Fifo } from '../internal/fifo.js';
import type { CloudEvent } from '../integration/cloud-event.js';
import type { OutboxMessageStore } from '../integration/outbox-message-store.js';
import type { Delivery, OutboxBatch } from '../uow/delivery.js';
import type { DeliveryStats, DeliveryStatsSource } from '../observability/delivery-stats.js';
import type { DeliveryQuery, DeliveryStore, Outbox } from '../uow/outbox.js';
import type { Transaction } from '../uow/transaction.js';
import { InMemoryTransaction } from './in-memory-transaction.js';

/**
 * The outbox and delivery records in memory: same bookkeeping as the durable ones, no durability.
 * Pending and dead deliveries are kept until handled; completed deliveries and committed events
 * only up to `retain` of each (the newest), so a long-running process does not grow without bound.
 */
export class InMemoryOutbox implements Outbox, DeliveryStore, OutboxMessageStore, DeliveryStatsSource {
  private events_: DomainEvent[] = [];
  private readonly completed = new Fifo<string>();
  // Integration events by id, in commit order; `sent` once a publisher confirmed them.
  private readonly messages_ = new Map<string, { readonly event: CloudEvent; sent: boolean }>();
  private readonly deliveries = new Map<string, Delivery>();

  /** Creates an outbox that keeps at most `retain` completed deliveries and committed events. */
  constructor(private readonly retain = 10_000) {}

  /** Stages the batch; it becomes visible only if the transaction commits. */
  async append(tx: Transaction, batch: OutboxBatch): Promise<void> {
    InMemoryTransaction.from(tx).stage({
      check: () => undefined,
      apply: () => {
        for (const event of batch.events) this.events_.push(event);
        if (this.events_.length > 2 * this.retain) this.events_ = this.events_.slice(-this.retain);
        for (const delivery of batch.deliveries) this.deliveries.set(delivery.id, delivery);
        for (const event of batch.messages ?? []) {
          if (!this.messages_.has(event.id)) this.messages_.set(event.id, { event, sent: false });
        }
      },
    });
  }

  /** The committed events (the newest `retain`), in commit order. */
  get events(): readonly DomainEvent[] {
    return this.events_.slice(-this.retain);
  }

  /** Every committed integration event, in commit order, sent or not. */
  get messages(): readonly CloudEvent[] {
    return [...this.messages_.values()].map((m) => m.event);
  }

  /** At most `limit` integration events not yet confirmed, in commit order. */
  async pendingMessages(limit = Number.POSITIVE_INFINITY): Promise<readonly CloudEvent[]> {
    const pending: CloudEvent[] = [];
    for (const message of this.messages_.values()) {
      if (pending.length >= limit) break;
      if (!message.sent) pending.push(message.event);
    }
    return pending;
  }

  /** Marks integration events sent. */
  async markMessagesSent(ids: readonly string[]): Promise<void> {
    for (const id of ids) {
      const message = this.messages_.get(id);
      if (message !== undefined) message.sent = true;
    }
  }

  /** Marks a delivery done. */
  async complete(id: string, attempts: number): Promise<void> {
    this.update(id, { status: 'completed', attempts, finishedAt: new Date() });
    this.completed.push(id);
    while (this.completed.length > this.retain) this.deliveries.delete(this.completed.shift() as string);
  }

  /** Records a failed attempt and when to try again. */
  async retryLater(id: string, attempts: number, error: string, availableAt: Date): Promise<void> {
    this.update(id, { attempts, lastError: error, availableAt });
  }

  /** Records the last failed attempt. */
  async markDead(id: string, attempts: number, error: string): Promise<void> {
    this.update(id, { status: 'dead', attempts, lastError: error, finishedAt: new Date() });
  }

  /** Lists deliveries in the order they were committed. */
  async list(query: DeliveryQuery = {}): Promise<readonly Delivery[]> {
    const matching = [...this.deliveries.values()].filter(
      (d) =>
        (query.status === undefined || d.status === query.status) &&
        (query.handler === undefined || d.handler === query.handler),
    );
    return query.limit === undefined ? matching : matching.slice(0, query.limit);
  }

  /** Sets dead deliveries back to pending with no attempts. */
  async retryDead(query: Omit<DeliveryQuery, 'status'> = {}): Promise<readonly Delivery[]> {
    const dead = await this.list({ ...query, status: 'dead' });
    const now = new Date();
    return dead.map((d) => {
      const { finishedAt: _finished, ...rest } = d;
      const revived: Delivery = { ...rest, status: 'pending', attempts: 0, availableAt: now };
      this.deliveries.set(d.id, revived);
      return revived;
    });
  }

  /** Counts per handler (completed ones only as far as they are retained). */
  async stats(): Promise<readonly DeliveryStats[]> {
    const now = Date.now();
    const byHandler = new Map<
      string,
      { pending: number; failed: number; dead: number; completed: number; oldest?: number }
    >();
    for (const d of this.deliveries.values()) {
      let s = byHandler.get(d.handler);
      if (s === undefined) byHandler.set(d.handler, (s = { pending: 0, failed: 0, dead: 0, completed: 0 }));
      if (d.status === 'pending') {
        s.pending += 1;
        if (d.lastError !== undefined) s.failed += 1;
        const created = d.event.occurredAt.getTime();
        s.oldest = Math.min(s.oldest ?? created, created);
      } else s[d.status] += 1;
    }
    return [...byHandler.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([handler, { oldest, ...counts }]) => ({
        handler,
        ...counts,
        ...(oldest !== undefined && { oldestPendingAgeMs: Math.max(0, now - oldest) }),
      }));
  }

  private update(id: string, change: Partial<Delivery>): void {
    const current = this.deliveries.get(id);
    if (current === undefined)
      throw new GliaError('GLIA.DELIVERY_NOT_FOUND', `There is no delivery ${id}.`, { details: { id } });
    this.deliveries.set(id, { ...current, ...change });
  }
}
