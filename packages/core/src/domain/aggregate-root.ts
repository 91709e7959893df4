import { aggregateTypeOf } from './aggregate-type.decorator.js';
import type { DomainEvent } from './domain-event.js';

// Symbol-keyed, not `#private`, so adapters can copy aggregates without running constructors.
const UNCOMMITTED = Symbol('glia.uncommitted');
const VERSION = Symbol('glia.version');

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
   * keeps it until commit. Returns the stamped, frozen event.
   */
  protected raiseEvent<E extends DomainEvent>(event: E): E {
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
