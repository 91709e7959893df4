import {
  InMemoryTransactionManager,
  aggregateTypeOf,
  type AggregateClass,
  type AggregateRoot,
  type AggregateStore,
  type Delivery,
  type DeliveryStore,
  type Outbox,
  type Persistence,
} from '@glia/core';

/**
 * An outbox that keeps nothing, standing for a durable one whose clean-up keeps up: it lets the
 * memory benchmark tell the dispatcher's own growth from the in-memory adapters' (which keep every
 * event, delivery and aggregate for as long as the process lives).
 */
class DiscardingOutbox implements Outbox, DeliveryStore {
  async append(): Promise<void> {}
  async complete(): Promise<void> {}
  async retryLater(): Promise<void> {}
  async markDead(): Promise<void> {}
  async list(): Promise<readonly Delivery[]> {
    return [];
  }
  async retryDead(): Promise<readonly Delivery[]> {
    return [];
  }
}

/** An aggregate store that keeps nothing (every aggregate of the benchmark is new). */
class DiscardingStore<T extends AggregateRoot> implements AggregateStore<T> {
  constructor(readonly aggregateType: string) {}
  async load(): Promise<T | undefined> {
    return undefined;
  }
  async save(): Promise<void> {}
}

/**
 * In-memory transactions with stores and an outbox that keep nothing, so what grows is what the
 * unit of work, the dispatcher and the container keep.
 */
export class DiscardingPersistence implements Persistence {
  /** The in-memory transactions. */
  readonly transactions = new InMemoryTransactionManager();
  /** Keeps nothing. */
  readonly outbox = new DiscardingOutbox();
  /** The same object as `outbox`. */
  readonly deliveries = this.outbox;

  /** A store that keeps nothing. */
  storeFor<T extends AggregateRoot>(aggregateClass: AggregateClass<T>): AggregateStore<T> {
    return new DiscardingStore<T>(aggregateTypeOf(aggregateClass));
  }
}
