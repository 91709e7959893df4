import { InProcessDispatcher, type Delivery, type DomainEvent, type EventClass } from '@glia/core';
import type { EventDispatcher, Persistence } from '@glia/core';

/**
 * An `EventDispatcher` that records every delivery it is given, then hands it on to another
 * dispatcher if it has one. Pass it to a `UnitOfWork` to see what a commit dispatched, or wrap a
 * persistence with `attachTo` so `createGlia` dispatches through it.
 */
export class RecordingDispatcher implements EventDispatcher {
  private readonly batches: Array<readonly Delivery[]> = [];

  /** Creates a recorder; with `next`, deliveries are also dispatched for real. */
  constructor(private next?: EventDispatcher) {}

  /** Every delivery recorded so far, in dispatch order. */
  get deliveries(): readonly Delivery[] {
    return this.batches.flat();
  }

  /** The deliveries of each `dispatch` call (one per commit), in order. */
  get dispatches(): ReadonlyArray<readonly Delivery[]> {
    return [...this.batches];
  }

  /** The distinct events dispatched, in order; an event with several handlers appears once. */
  get events(): readonly DomainEvent[] {
    const seen = new Map<string, DomainEvent>();
    for (const { event } of this.deliveries) if (!seen.has(event.eventId)) seen.set(event.eventId, event);
    return [...seen.values()];
  }

  /** The dispatched events of one class (subclasses included). */
  eventsOf<E extends DomainEvent>(eventClass: EventClass<E>): E[] {
    return this.events.filter((e): e is E => e instanceof eventClass);
  }

  /** The deliveries addressed to one handler, by its registered name. */
  deliveriesTo(handler: string): readonly Delivery[] {
    return this.deliveries.filter((d) => d.handler === handler);
  }

  /** Records the deliveries and hands them on. */
  dispatch(deliveries: readonly Delivery[]): void {
    this.batches.push([...deliveries]);
    this.next?.dispatch(deliveries);
  }

  /** Waits for the next dispatcher, if any; recording itself has nothing to wait for. */
  drain(): Promise<void> {
    return this.next?.drain() ?? Promise.resolve();
  }

  /** Forgets everything recorded so far. */
  clear(): void {
    this.batches.length = 0;
  }

  /**
   * A persistence that behaves like `persistence`, except that its dispatcher is this recorder in
   * front of the one the adapter (or the in-process default) would have used. Give it to `createGlia`.
   */
  attachTo(persistence: Persistence): Persistence {
    const p = persistence;
    return {
      transactions: p.transactions,
      outbox: p.outbox,
      deliveries: p.deliveries,
      storeFor: (aggregateClass, mapper) => p.storeFor(aggregateClass, mapper),
      createDispatcher: (context) => {
        this.next = p.createDispatcher?.(context) ?? new InProcessDispatcher({ ...context, deliveries: p.deliveries });
        return this;
      },
      ...(p.start && { start: () => p.start?.() ?? Promise.resolve() }),
      ...(p.close && { close: () => p.close?.() ?? Promise.resolve() }),
    };
  }
}
