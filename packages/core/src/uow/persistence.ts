import type { AggregateRoot } from '../domain/aggregate-root.js';
import type { AggregateClass } from '../domain/aggregate-type.decorator.js';
import type { DeliveryFailureReporter } from '../events/delivery-failure-reporter.js';
import type { DeliveryRunner } from '../events/delivery-runner.js';
import type { EventHandlerRegistry } from '../events/event-handler-registry.js';
import type { RetryPolicy } from '../events/retry-policy.js';
import type { Logger } from '../logging/logger.js';
import type { AggregateMapper } from './aggregate-mapper.js';
import type { AggregateStore } from './aggregate-store.js';
import type { EventDispatcher } from './event-dispatcher.js';
import type { DeliveryStore, Outbox } from './outbox.js';
import type { TransactionManager } from './transaction.js';

/** What a persistence adapter's own dispatcher is built from. */
export type DispatcherContext = {
  readonly runner: DeliveryRunner;
  readonly handlers: EventHandlerRegistry;
  readonly retry: RetryPolicy;
  readonly logger: Logger;
  readonly failures: DeliveryFailureReporter;
};

/**
 * A persistence adapter: everything a unit of work writes through. `inMemoryPersistence()` is the
 * core's; `@glia/postgres` provides the durable ones.
 */
export interface Persistence {
  /** Opens the transactions commits run in. */
  readonly transactions: TransactionManager;
  /** Stores committed events and their deliveries. */
  readonly outbox: Outbox;
  /** Tracks each delivery's outcome. */
  readonly deliveries: DeliveryStore;
  /** The store of one aggregate type. */
  storeFor<T extends AggregateRoot>(aggregateClass: AggregateClass<T>, mapper?: AggregateMapper<T>): AggregateStore<T>;
  /** A dispatcher of the adapter's own (a durable worker); the in-process one is used when absent. */
  createDispatcher?(context: DispatcherContext): EventDispatcher;
  /** Prepares the adapter (migrations, connections); called once by `createGlia`. */
  start?(): Promise<void>;
  /** Releases what `start` acquired. */
  close?(): Promise<void>;
}
