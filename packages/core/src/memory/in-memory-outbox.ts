import type { DomainEvent } from '../domain/domain-event.js';
import { GliaError } from '../errors/glia-error.js';
import { Fifo } from '../internal/fifo.js';
import type { CloudEvent } from '../integration/cloud-event.js';
import type { OutboxMessageStore } from '../integration/outbox-message-store.js';
import type { Delivery, OutboxBatch } from '../uow/delivery.js';
import type { DeliveryStats, DeliveryStatsSource } from '../observability/delivery-stats.js';
import type { DeliveryQuery, DeliveryStore, Outbox } from '../uow/outbox.js';
import type { Transaction } from '../uow/transaction.js';
import { toDelivery, toRecord, type DeliveryRecord } from './delivery-record.js';
import { InMemoryTransaction } from './in-memory-transaction.js';

type Message = { readonly event: CloudEvent; readonly seq: number };

/**
 * The outbox and delivery records in memory: same bookkeeping as the durable ones, no durability.
 * Pending and dead deliveries, and unsent integration events, are kept until handled; completed
 * deliveries, committed events and sent integration events only up to `retain` of each (the newest),
 * so a long-running process does not grow without bound.
 */
export class InMemoryOutbox implements Outbox, DeliveryStore, OutboxMessageStore, DeliveryStatsSource {
  private events_: DomainEvent[] = [];
  private readonly completed = new Fifo<string>();
  // Integration events by id: unsent ones in commit order, so a relay pass reads only those; sent
  // ones in the order they were sent, the newest `retain`. `seq` is the commit order of both.
  private readonly unsent = new Map<string, Message>();
  private readonly sent = new Map<string, Message>();
  private sequence = 0;
  private readonly deliveries = new Map<string, DeliveryRecord>();

  /** Creates an outbox that keeps at most `retain` completed deliveries, committed and sent events. */
  constructor(private readonly retain = 10_000) {}

  /** Stages the batch; it becomes visible only if the transaction commits. */
  async append(tx: Transaction, batch: OutboxBatch): Promise<void> {
    InMemoryTransaction.from(tx).stage({
      check: () => undefined,
      apply: () => {
        for (const event of batch.events) this.events_.push(event);
        if (this.events_.length > 2 * this.retain) this.events_ = this.events_.slice(-this.retain);
        for (const delivery of batch.deliveries) this.deliveries.set(delivery.id, toRecord(delivery));
        for (const event of batch.messages ?? []) {
          if (!this.unsent.has(event.id) && !this.sent.has(event.id)) {
            this.unsent.set(event.id, { event, seq: (this.sequence += 1) });
          }
        }
      },
    });
  }

  /** The committed events (the newest `retain`), in commit order. */
  get events(): readonly DomainEvent[] {
    return this.events_.slice(-this.retain);
  }

  /** The committed integration events, in commit order: every unsent one and the newest `retain` sent. */
  get messages(): readonly CloudEvent[] {
    return [...this.sent.values(), ...this.unsent.values()].sort((a, b) => a.seq - b.seq).map((m) => m.event);
  }

  /** At most `limit` integration events not yet confirmed, in commit order, but those in `excluding`. */
  async pendingMessages(
    limit = Number.POSITIVE_INFINITY,
    excluding?: ReadonlySet<string>,
  ): Promise<readonly CloudEvent[]> {
    const pending: CloudEvent[] = [];
    for (const message of this.unsent.values()) {
      if (pending.length >= limit) break;
      if (excluding?.has(message.event.id) !== true) pending.push(message.event);
    }
    return pending;
  }

  /** Marks integration events sent; of those, only the newest `retain` are kept. */
  async markMessagesSent(ids: readonly string[]): Promise<void> {
    for (const id of ids) {
      const message = this.unsent.get(id);
      if (message === undefined) continue;
      this.unsent.delete(id);
      this.sent.set(id, message);
    }
    // A Map iterates in insertion order: the first key is the one sent longest ago.
    for (const id of this.sent.keys()) {
      if (this.sent.size <= this.retain) break;
      this.sent.delete(id);
    }
  }

  /** Marks a delivery done. */
  async complete(id: string, attempts: number): Promise<void> {
    const record = this.record(id);
    record.status = 'completed';
    record.attempts = attempts;
    record.finishedAt = Date.now();
    this.completed.push(id);
    while (this.completed.length > this.retain) this.deliveries.delete(this.completed.shift() as string);
  }

  /** Records a failed attempt and when to try again. */
  async retryLater(id: string, attempts: number, error: string, availableAt: Date): Promise<void> {
    const record = this.record(id);
    record.attempts = attempts;
    record.lastError = error;
    record.availableAt = availableAt;
  }

  /** Records the last failed attempt. */
  async markDead(id: string, attempts: number, error: string): Promise<void> {
    const record = this.record(id);
    record.status = 'dead';
    record.attempts = attempts;
    record.lastError = error;
    record.finishedAt = Date.now();
  }

  /** Lists deliveries in the order they were committed. */
  async list(query: DeliveryQuery = {}): Promise<readonly Delivery[]> {
    return this.matching(query).map(toDelivery);
  }

  /** Sets dead deliveries back to pending with no attempts. */
  async retryDead(query: Omit<DeliveryQuery, 'status'> = {}): Promise<readonly Delivery[]> {
    const now = new Date();
    return this.matching({ ...query, status: 'dead' }).map((record) => {
      record.status = 'pending';
      record.attempts = 0;
      record.availableAt = now;
      record.finishedAt = undefined;
      return toDelivery(record);
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
      const { handler } = d.delivery;
      let s = byHandler.get(handler);
      if (s === undefined) byHandler.set(handler, (s = { pending: 0, failed: 0, dead: 0, completed: 0 }));
      if (d.status === 'pending') {
        s.pending += 1;
        if (d.lastError !== undefined) s.failed += 1;
        const created = d.delivery.event.occurredAt.getTime();
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

  private matching(query: DeliveryQuery): DeliveryRecord[] {
    const matching: DeliveryRecord[] = [];
    for (const record of this.deliveries.values()) {
      if (query.limit !== undefined && matching.length >= query.limit) break;
      if (query.status !== undefined && record.status !== query.status) continue;
      if (query.handler !== undefined && record.delivery.handler !== query.handler) continue;
      matching.push(record);
    }
    return matching;
  }

  private record(id: string): DeliveryRecord {
    const record = this.deliveries.get(id);
    if (record === undefined)
      throw new GliaError('GLIA.DELIVERY_NOT_FOUND', `There is no delivery ${id}.`, { details: { id } });
    return record;
  }
}
