import type { AggregateRoot } from '../domain/aggregate-root.js';
import { aggregateTypeOf, type AggregateClass } from '../domain/aggregate-type.decorator.js';
import type { AggregateMapper } from '../uow/aggregate-mapper.js';
import type { Persistence } from '../uow/persistence.js';
import { InMemoryAggregateStore } from './in-memory-aggregate-store.js';
import { InMemoryOutbox } from './in-memory-outbox.js';
import { InMemoryTransactionManager } from './in-memory-transaction-manager.js';

/** Options of the in-memory adapter. */
export type InMemoryPersistenceOptions = {
  /** Completed deliveries, committed events and sent integration events kept (the newest); 10,000 by default. */
  readonly retain?: number;
};

/** The in-memory persistence adapter, with its stores reachable for tests. */
export class InMemoryPersistence implements Persistence {
  /** Atomic, staged in-memory transactions. */
  readonly transactions = new InMemoryTransactionManager();
  /** Outbox and delivery records in one. */
  readonly outbox: InMemoryOutbox;
  /** The same object as `outbox`. */
  readonly deliveries: InMemoryOutbox;
  private readonly stores = new Map<string, InMemoryAggregateStore<AggregateRoot>>();

  /** Creates the adapter. */
  constructor(options: InMemoryPersistenceOptions = {}) {
    this.outbox = new InMemoryOutbox(options.retain);
    this.deliveries = this.outbox;
  }

  /** The store of one aggregate type; one per type, made on first use. */
  storeFor<T extends AggregateRoot>(
    aggregateClass: AggregateClass<T>,
    mapper?: AggregateMapper<T>,
  ): InMemoryAggregateStore<T> {
    const type = aggregateTypeOf(aggregateClass);
    let store = this.stores.get(type);
    if (store === undefined) {
      store = new InMemoryAggregateStore<AggregateRoot>(type, mapper as AggregateMapper<AggregateRoot> | undefined);
      this.stores.set(type, store);
    }
    return store as unknown as InMemoryAggregateStore<T>;
  }
}

/** Persistence in memory: the same semantics as the durable adapters, durability aside. The default. */
export function inMemoryPersistence(options: InMemoryPersistenceOptions = {}): InMemoryPersistence {
  return new InMemoryPersistence(options);
}
