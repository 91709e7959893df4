import type { DomainEvent } from '../domain/domain-event.js';
import { GliaError } from '../errors/glia-error.js';
import type { Delivery, OutboxBatch } from '../uow/delivery.js';
import type { DeliveryQuery, DeliveryStore, Outbox } from '../uow/outbox.js';
import type { Transaction } from '../uow/transaction.js';
import { InMemoryTransaction } from './in-memory-transaction.js';

/** The outbox and delivery records in memory: same bookkeeping as the durable ones, no durability. */
export class InMemoryOutbox implements Outbox, DeliveryStore {
  private readonly events_: DomainEvent[] = [];
  private readonly deliveries = new Map<string, Delivery>();

  /** Stages the batch; it becomes visible only if the transaction commits. */
  async append(tx: Transaction, batch: OutboxBatch): Promise<void> {
    InMemoryTransaction.from(tx).stage({
      check: () => undefined,
      apply: () => {
        this.events_.push(...batch.events);
        for (const delivery of batch.deliveries) this.deliveries.set(delivery.id, delivery);
      },
    });
  }

  /** Every committed event, in commit order. */
  get events(): readonly DomainEvent[] {
    return [...this.events_];
  }

  /** Marks a delivery done. */
  async complete(id: string, attempts: number): Promise<void> {
    this.update(id, { status: 'completed', attempts, finishedAt: new Date() });
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

  private update(id: string, change: Partial<Delivery>): void {
    const current = this.deliveries.get(id);
    if (current === undefined)
      throw new GliaError('GLIA.DELIVERY_NOT_FOUND', `There is no delivery ${id}.`, { details: { id } });
    this.deliveries.set(id, { ...current, ...change });
  }
}
