import {
  InProcessDispatcher,
  inMemoryPersistence,
  type AggregateClass,
  type AggregateRoot,
  type AggregateStore,
  type DispatcherContext,
  type Persistence,
} from '@glia/core';

/**
 * The default in-memory persistence, unchanged, except that it builds the in-process dispatcher
 * itself (exactly as `createGlia` does when an adapter has none) so the benchmark can hand it
 * deliveries directly and time the dispatcher alone.
 */
export class CapturingPersistence implements Persistence {
  private readonly inner = inMemoryPersistence();
  /** The in-memory transactions. */
  readonly transactions = this.inner.transactions;
  /** The in-memory outbox. */
  readonly outbox = this.inner.outbox;
  /** The in-memory delivery records. */
  readonly deliveries = this.inner.deliveries;
  /** The dispatcher `createGlia` asked for. */
  dispatcher: InProcessDispatcher | undefined;

  /** The in-memory store of one aggregate type. */
  storeFor<T extends AggregateRoot>(aggregateClass: AggregateClass<T>): AggregateStore<T> {
    return this.inner.storeFor(aggregateClass);
  }

  /** Builds the default in-process dispatcher and keeps a reference to it. */
  createDispatcher(context: DispatcherContext): InProcessDispatcher {
    this.dispatcher = new InProcessDispatcher({ ...context, deliveries: this.inner.deliveries });
    return this.dispatcher;
  }
}
