import { UNIT_OF_WORK_KEYS, type AggregateRoot } from '../domain/aggregate-root.js';
import { ConcurrencyError } from '../errors/concurrency.error.js';
import { cloneDeep } from '../internal/clone-deep.js';
import type { AggregateMapper } from '../uow/aggregate-mapper.js';
import type { AggregateStore, SaveVersions } from '../uow/aggregate-store.js';
import type { Transaction } from '../uow/transaction.js';
import { InMemoryTransaction } from './in-memory-transaction.js';

type Row = { readonly version: number; readonly state: unknown };

/**
 * Keeps aggregates of one type in memory with the semantics of a durable store: optimistic
 * concurrency, all-or-nothing commits, and stored copies that callers cannot change by accident.
 */
export class InMemoryAggregateStore<T extends AggregateRoot> implements AggregateStore<T> {
  private readonly rows = new Map<string, Row>();

  /** Creates a store for one aggregate type, with an optional explicit mapper. */
  constructor(
    readonly aggregateType: string,
    private readonly mapper?: AggregateMapper<T>,
  ) {}

  /** Loads a fresh copy of the aggregate at its stored version. */
  async load(id: string): Promise<T | undefined> {
    const row = this.rows.get(id);
    if (row === undefined) return undefined;
    const state = cloneDeep(row.state);
    const aggregate = this.mapper === undefined ? (state as T) : this.mapper.fromSnapshot(state);
    aggregate.clearUncommittedEvents();
    aggregate.markPersisted(row.version);
    return aggregate;
  }

  /** Stages the write; the transaction checks the version and applies it at commit. */
  async save(tx: Transaction, aggregate: T, versions: SaveVersions): Promise<void> {
    const id = aggregate.id;
    const state = this.mapper === undefined ? snapshotOf(aggregate) : cloneDeep(this.mapper.toSnapshot(aggregate));
    InMemoryTransaction.from(tx).stage({
      check: () => {
        const current = this.rows.get(id)?.version ?? 0;
        if (current !== versions.expected) {
          throw new ConcurrencyError(this.aggregateType, id, versions.expected, current === 0 ? undefined : current);
        }
      },
      apply: () => this.rows.set(id, { version: versions.next, state }),
    });
  }

  /** How many aggregates are stored. */
  get size(): number {
    return this.rows.size;
  }
}

// A deep copy of the aggregate's state alone: its uncommitted events and commit mark are not state,
// and `load` would only drop them.
function snapshotOf(aggregate: AggregateRoot): AggregateRoot {
  const state = Object.create(Object.getPrototypeOf(aggregate) as object | null) as AggregateRoot;
  for (const key of Reflect.ownKeys(aggregate)) {
    if (UNIT_OF_WORK_KEYS.has(key)) continue;
    Object.defineProperty(state, key, Object.getOwnPropertyDescriptor(aggregate, key) as PropertyDescriptor);
  }
  return cloneDeep(state);
}
