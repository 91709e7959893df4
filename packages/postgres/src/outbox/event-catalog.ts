import { eventTypeOf, type DomainEvent, type EventClass, type EventHandlerRegistry } from '@glia/core';

/**
 * Finds the class of a stored event type: among the classes the application listed, the handlers'
 * registry, and the classes of events this process committed (which covers events that only
 * base-class handlers subscribe to).
 */
export class EventCatalog {
  private readonly classes = new Map<string, EventClass>();
  private registry: EventHandlerRegistry | undefined;

  /** Starts with the classes the application listed. */
  constructor(classes: readonly EventClass[] = []) {
    for (const eventClass of classes) this.add(eventClass);
  }

  /** Adds an event class by its declared type. */
  add(eventClass: EventClass): void {
    const type = eventTypeOf(eventClass);
    if (type !== undefined && !this.classes.has(type)) this.classes.set(type, eventClass);
  }

  /** Remembers the classes of events being committed. */
  remember(events: readonly DomainEvent[]): void {
    for (const event of events) this.add(event.constructor as EventClass);
  }

  /** Also looks classes up in the handlers' registry. */
  useRegistry(registry: EventHandlerRegistry): void {
    this.registry = registry;
  }

  /** The class declared with this type, if known. */
  classFor = (type: string): EventClass | undefined => this.classes.get(type) ?? this.registry?.eventClassFor(type);
}
