import { DomainEvent, HandlesEvent, type DomainEventHandler, type EventClass } from '@glia/core';

/** A handler class made by `recordingHandler`: its instances share the class's `events` list. */
export type RecordingHandlerClass<E extends DomainEvent> = (new () => DomainEventHandler<E>) & {
  /** The events handled so far, in the order they arrived. */
  readonly events: readonly E[];
  /** Forgets them. */
  clear(): void;
};

/** The event type an event class makes. */
type EventOf<C> = C extends EventClass<infer E> ? E : never;

/**
 * Makes a fresh event handler class that records the events it receives: list it in
 * `createGlia({ eventHandlers: [...] })` to see what was really delivered after commit. Without
 * event classes it subscribes to every event. Each call makes a new class, so tests never share one.
 */
export function recordingHandler<C extends EventClass = EventClass>(
  events: readonly C[] = [DomainEvent as unknown as C],
  name = 'glia.testing.RecordingHandler',
): RecordingHandlerClass<EventOf<C>> {
  type E = EventOf<C>;
  const received: E[] = [];
  const RecordingHandler = class implements DomainEventHandler<E> {
    static get events(): readonly E[] {
      return [...received];
    }
    static clear(): void {
      received.length = 0;
    }
    async handle(event: E): Promise<void> {
      received.push(event);
    }
  };
  return HandlesEvent<E>(...(events as readonly EventClass<E>[]), { name })(RecordingHandler);
}
