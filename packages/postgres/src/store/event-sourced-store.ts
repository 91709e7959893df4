import type { AggregateRoot, AggregateStore, EventClass, SaveVersions, Transaction } from '@glia/core';
import type { SqlDriver } from '../driver/sql-driver.js';
import { EventCatalog } from '../outbox/event-catalog.js';
import { PostgresTransaction } from '../postgres-transaction.js';
import type { EventSourcedOptions } from './event-sourced.js';
import type { PostgresEventStore } from './postgres-event-store.js';

/** An event-sourced aggregate type: saved by appending its new events, loaded by replaying its stream. */
export class EventSourcedStore<T extends AggregateRoot> implements AggregateStore<T> {
  private readonly catalog: EventCatalog;

  /** Creates the store of one aggregate type. */
  constructor(
    readonly aggregateType: string,
    private readonly options: EventSourcedOptions<T>,
    private readonly events: PostgresEventStore,
    private readonly driver: SqlDriver,
  ) {
    this.catalog = new EventCatalog(options.events);
  }

  /** Replays the aggregate's stream; undefined if it has none. */
  async load(id: string): Promise<T | undefined> {
    const history = await this.events.read({ type: this.aggregateType, id }, this.catalog.classFor);
    if (history.length === 0) return undefined;
    const aggregate = this.options.create(id);
    aggregate.loadFromHistory(history);
    return aggregate;
  }

  /** Appends the uncommitted events at `versions.expected`; a stale stream is a `ConcurrencyError`. */
  async save(tx: Transaction, aggregate: T, versions: SaveVersions): Promise<void> {
    const { client } = PostgresTransaction.from(tx, this.driver);
    const events = aggregate.getUncommittedEvents();
    await this.events.append(client, { type: this.aggregateType, id: aggregate.id }, versions.expected, events);
  }

  /** The event classes this store restores. */
  get eventClasses(): readonly EventClass[] {
    return this.options.events;
  }
}
