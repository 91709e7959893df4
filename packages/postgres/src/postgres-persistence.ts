import { hostname } from 'node:os';
import {
  aggregateTypeOf,
  ConfigurationError,
  type AggregateClass,
  type AggregateMapper,
  type AggregateRoot,
  type AggregateStore,
  type DispatcherContext,
  type EventClass,
  type Persistence,
} from '@glia/core';
import type { SqlDriver } from './driver/sql-driver.js';
import { PostgresInbox } from './inbox/postgres-inbox.js';
import { OutboxOperations } from './operations/outbox-operations.js';
import { EventCatalog } from './outbox/event-catalog.js';
import { PostgresOutbox } from './outbox/postgres-outbox.js';
import { PostgresTransactionManager } from './postgres-transaction.js';
import { migrate, type MigrationResult } from './schema/migrator.js';
import { quoteSchema } from './schema/schema-name.js';
import { EventSourcedStore } from './store/event-sourced-store.js';
import { eventSourcedOptionsOf } from './store/event-sourced.js';
import { PostgresAggregateStore } from './store/postgres-aggregate-store.js';
import { PostgresEventStore } from './store/postgres-event-store.js';
import type { DeliveryWorkerOptions } from './worker/delivery-worker-options.js';
import { DeliveryWorker } from './worker/delivery-worker.js';

/** How the PostgreSQL persistence is set up. */
export type PostgresPersistenceOptions = {
  /** The database: `pgliteDriver()` or `pgDriver()`. */
  readonly driver: SqlDriver;
  /** The schema Glia's tables live in (`glia`). */
  readonly schema?: string;
  /** Apply migrations in `start()` (true); otherwise call `migrate()` yourself. */
  readonly migrate?: boolean;
  /** Close the driver in `close()` (true). */
  readonly ownsDriver?: boolean;
  /** Event classes to restore that no handler in this process names (e.g. for base-class handlers). */
  readonly events?: readonly EventClass[];
  /** Tuning of the delivery worker, or `false` to run no worker in this process. */
  readonly worker?: Partial<DeliveryWorkerOptions> | false;
};

/**
 * Glia's durable persistence on PostgreSQL, embedded (PGlite) or on a server (`pg`): aggregate and
 * event stores, the transactional outbox with per-handler deliveries, the delivery worker, the
 * inbox and the operations API. Pass it to `createGlia({ persistence })`.
 */
export class PostgresPersistence implements Persistence {
  /** Opens the transactions commits run in. */
  readonly transactions: PostgresTransactionManager;
  /** The outbox, written in each commit's transaction. */
  readonly outbox: PostgresOutbox;
  /** The same object as `outbox`: the delivery records. */
  readonly deliveries: PostgresOutbox;
  /** Streams of event-sourced aggregates. */
  readonly eventStore: PostgresEventStore;
  /** Processed message ids per consumer. */
  readonly inbox: PostgresInbox;
  /** Backlog, dead deliveries and purging. */
  readonly operations: OutboxOperations;
  /** The schema name. */
  readonly schema: string;
  /** The channel commits are announced on. */
  readonly channel: string;
  private readonly quoted: string;
  private readonly catalog: EventCatalog;
  private readonly workers: DeliveryWorker[] = [];
  private started: Promise<void> | undefined;

  /** Creates the persistence; nothing touches the database before `start()` or `migrate()`. */
  constructor(private readonly options: PostgresPersistenceOptions) {
    this.schema = options.schema ?? 'glia';
    this.quoted = quoteSchema(this.schema);
    this.channel = `glia_${this.schema}`.slice(0, 63);
    this.catalog = new EventCatalog(options.events);
    const { driver } = options;
    this.transactions = new PostgresTransactionManager(driver);
    this.outbox = new PostgresOutbox(driver, this.quoted, this.channel, this.catalog);
    this.deliveries = this.outbox;
    this.eventStore = new PostgresEventStore(driver, this.quoted);
    this.inbox = new PostgresInbox(driver, this.quoted);
    this.operations = new OutboxOperations(driver, this.quoted, this.outbox);
  }

  /** The database driver. */
  get driver(): SqlDriver {
    return this.options.driver;
  }

  /** The store of one aggregate type: JSONB snapshots through `mapper`, or a stream if `eventSourced(…)`. */
  storeFor<T extends AggregateRoot>(aggregateClass: AggregateClass<T>, mapper?: AggregateMapper<T>): AggregateStore<T> {
    const type = aggregateTypeOf(aggregateClass);
    if (mapper === undefined) {
      throw new ConfigurationError(
        'GLIA.MAPPER_REQUIRED',
        `Aggregate ${type} needs a mapper to be stored in PostgreSQL: register it as ` +
          '{ aggregate, mapper: { toSnapshot, fromSnapshot } } or { aggregate, mapper: eventSourced(…) }.',
      );
    }
    const sourced = eventSourcedOptionsOf(mapper);
    if (sourced !== undefined) {
      for (const eventClass of sourced.events) this.catalog.add(eventClass);
      return new EventSourcedStore(type, sourced, this.eventStore, this.driver);
    }
    return new PostgresAggregateStore(type, mapper, this.driver, this.quoted);
  }

  /** The durable delivery worker of this process (started at once), unless `worker: false`. */
  createDispatcher(context: DispatcherContext): DeliveryWorker {
    this.catalog.useRegistry(context.handlers);
    const tuning = this.options.worker === false ? {} : (this.options.worker ?? {});
    const concurrency = tuning.concurrency ?? (this.driver.kind === 'pglite' ? 1 : 4);
    const worker = new DeliveryWorker(this.driver, this.quoted, this.channel, this.catalog, context, {
      leaseMs: 30_000,
      batchSize: 32,
      concurrency,
      pollIntervalMs: 1_000,
      // One per delivery running at once, and one for claiming.
      connections: concurrency + 1,
      workerId: `${hostname()}:${process.pid}`,
      ...tuning,
    });
    this.workers.push(worker);
    if (this.options.worker !== false) worker.start();
    return worker;
  }

  /** Applies pending migrations to the schema; safe to call from several processes at once. */
  migrate(): Promise<MigrationResult> {
    return migrate(this.driver, this.schema);
  }

  /** Applies migrations unless `migrate: false`; called once by `createGlia`. */
  start(): Promise<void> {
    this.started ??= this.options.migrate === false ? Promise.resolve() : this.migrate().then(() => undefined);
    return this.started;
  }

  /** Stops the workers (letting deliveries in flight finish), then closes the driver if it owns it. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.close()));
    if (this.options.ownsDriver !== false) await this.driver.close();
  }
}

/** PostgreSQL persistence over a driver. */
export function postgresPersistence(options: PostgresPersistenceOptions): PostgresPersistence {
  return new PostgresPersistence(options);
}
