import { ConfigurationError, type AggregateMapper, type AggregateRoot, type EventClass } from '@glia/core';

const EVENT_SOURCED = Symbol.for('glia.postgres.eventSourced');

/** How an event-sourced aggregate is rebuilt from its stream. */
export type EventSourcedOptions<T extends AggregateRoot> = {
  /** An empty instance with this id, ready for `loadFromHistory`. */
  readonly create: (id: string) => T;
  /** Every event class in its stream, so stored events can be restored. */
  readonly events: readonly EventClass[];
};

/** A mapper that marks an aggregate as event-sourced: its stream, not a snapshot, is its state. */
export type EventSourcedMapper<T extends AggregateRoot> = AggregateMapper<T> & {
  readonly [EVENT_SOURCED]: EventSourcedOptions<T>;
};

/**
 * Declares an aggregate event-sourced, in place of a snapshot mapper:
 * `{ aggregate: Account, mapper: eventSourced({ create: (id) => new Account(id), events: [Opened] }) }`.
 */
export function eventSourced<T extends AggregateRoot>(options: EventSourcedOptions<T>): EventSourcedMapper<T> {
  const refuse = (): never => {
    throw new ConfigurationError('GLIA.EVENT_SOURCED', 'An event-sourced aggregate has no snapshot.');
  };
  return { toSnapshot: refuse, fromSnapshot: refuse, [EVENT_SOURCED]: options };
}

/** The event-sourcing options of a mapper made by `eventSourced`, if it is one. */
export function eventSourcedOptionsOf<T extends AggregateRoot>(
  mapper: AggregateMapper<T>,
): EventSourcedOptions<T> | undefined {
  return (mapper as Partial<EventSourcedMapper<T>>)[EVENT_SOURCED];
}
