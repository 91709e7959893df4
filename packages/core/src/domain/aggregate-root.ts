import { UnitOfWorkClosedError } from '../errors/unit-of-work-closed.error.js';
import { aggregateTypeOf } from './aggregate-type.decorator.js';
import type { DomainEvent } from './domain-event.js';

// Symbol-keyed, not `#private`, so adapters can copy aggregates without running constructors.
const UNCOMMITTED = Symbol('glia.uncommitted');
const VERSION = Symbol('glia.version');
// Set while a unit of work commits the aggregate; absent (not false) on copies made without constructors.
const COMMITTING = Symbol('glia.committing');

/** Keys an aggregate carries for its unit of work, not its state: snapshots leave them out. Internal. */
export const UNIT_OF_WORK_KEYS: ReadonlySet<PropertyKey> = new Set([UNCOMMITTED, COMMITTING]);

/**
 * Marks an aggregate as being committed (or no longer): meanwhile `raiseEvent` throws, since an event
 * raised between collecting the events and clearing them would be neither saved nor kept. Internal.
 */
export function markCommitting(aggregate: AggregateRoot, committing: boolean): void {
  (aggregate as unknown as { [COMMITTING]?: boolean })[COMMITTING] = committing;
}

/**
 * The consistency boundary of the domain: it checks its invariants, changes its state and records
 * what happened as events. State-based aggregates change fields in their methods and call
 * `raiseEvent`; event-sourced ones override `apply` and change state only there.
 */
export abstract class AggregateRoot<TId extends string = string> {
  /** Identity of the aggregate, unique within its type. */
  abstract readonly id: TId;
  private [UNCOMMITTED]: DomainEvent[] = [];
  private [VERSION] = 0;
  private [COMMITTING]?: boolean;

  /** The declared type name of this aggregate (from `@AggregateType`). */
  get aggregateType(): string {
    return aggregateTypeOf(this.constructor as never);
  }

  /** The version as last persisted (0 for an aggregate never saved). */
  get version(): number {
    return this[VERSION];
  }

  /** The version the aggregate will have once its uncommitted events are saved. */
  get pendingVersion(): number {
    return this[VERSION] + this[UNCOMMITTED].length;
  }

  /** The events raised since the last commit, in raise order; a copy, so callers cannot alter it. */
  getUncommittedEvents(): readonly DomainEvent[] {
    return [...this[UNCOMMITTED]];
  }

  /** Forgets the uncommitted events; the unit of work calls this once they are committed. */
  clearUncommittedEvents(): void {
    this[UNCOMMITTED] = [];
  }

  /** Records that the aggregate was persisted at `version`; called by repositories and the unit of work. */
  markPersisted(version: number): void {
    this[VERSION] = version;
  }

  /**
   * Rehydrates an event-sourced aggregate: applies each stored event in order and sets the version
   * to the last one's. Leaves nothing uncommitted.
   */
  loadFromHistory(events: Iterable<DomainEvent>): void {
    for (const event of events) {
      this.apply(event);
      this[VERSION] = event.aggregateVersion ?? this[VERSION] + 1;
    }
  }

  /**
   * Records a new event: stamps it with this aggregate's id, type and next version, applies it, and
   * keeps it until commit. Returns the stamped, frozen event. Throws `GLIA.UNIT_OF_WORK_CLOSED` while
   * a unit of work is committing this aggregate: raise it in a new scope instead.
   */
  protected raiseEvent<E extends DomainEvent>(event: E): E {
    if (this[COMMITTING] === true) throw new UnitOfWorkClosedError('committing');
    const stamped = event.withMetadata({
      aggregateId: this.id,
      aggregateType: this.aggregateType,
      aggregateVersion: this.pendingVersion + 1,
    });
    this.apply(stamped);
    this[UNCOMMITTED].push(stamped);
    return stamped;
  }

  /** Changes state for one event; event-sourced aggregates override it (state-based ones need not). */
  protected apply(event: DomainEvent): void {
    void event;
  }
}
