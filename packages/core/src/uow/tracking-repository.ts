import type { AggregateRoot } from '../domain/aggregate-root.js';
import { AggregateNotFoundError } from '../errors/aggregate-not-found.error.js';
import type { AggregateStore } from './aggregate-store.js';
import type { Repository } from './repository.js';
import type { UnitOfWork } from './unit-of-work.js';

/** The repository every scope gets: loads through a store, tracks through the scope's unit of work. */
export class TrackingRepository<T extends AggregateRoot> implements Repository<T> {
  /** Creates a repository over `store` that tracks into `unitOfWork`. */
  constructor(
    private readonly store: AggregateStore<T>,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  /** Loads an aggregate; throws `AggregateNotFoundError` if it does not exist. */
  async get(id: string): Promise<T> {
    const found = await this.find(id);
    if (found === undefined) throw new AggregateNotFoundError(this.store.aggregateType, id);
    return found;
  }

  /** Loads an aggregate (the tracked instance if this unit of work has it already). */
  async find(id: string): Promise<T | undefined> {
    const tracked = this.unitOfWork.tracked<T>(this.store.aggregateType, id);
    if (tracked !== undefined) return tracked;
    const loaded = await this.store.load(id);
    if (loaded === undefined) return undefined;
    // Another find may have raced this one within the same unit of work: keep the first.
    return this.unitOfWork.tracked<T>(this.store.aggregateType, id) ?? this.track(loaded, false);
  }

  /** Adds a new aggregate, inserted on commit. */
  add(aggregate: T): void {
    this.track(aggregate, true);
  }

  private track(aggregate: T, isNew: boolean): T {
    this.unitOfWork.track(aggregate, this.store as never, isNew);
    return aggregate;
  }
}
