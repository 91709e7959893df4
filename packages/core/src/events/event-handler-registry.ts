import type { DomainEvent } from '../domain/domain-event.js';
import { eventTypeOf, requireEventType, type EventClass } from '../domain/event-type.decorator.js';
import { ConfigurationError } from '../errors/configuration.error.js';
import { eventHandlerMetadataOf, type EventHandlerClass } from './handles-event.decorator.js';
import type { EventHandlerOptions } from './handler-options.js';

/** One registered event handler. */
export type EventHandlerRegistration = {
  /** Stable name; keys delivery records. */
  readonly name: string;
  /** The class resolved from the container for each delivery. */
  readonly handlerClass: EventHandlerClass;
  /** Event classes it subscribes to; subclasses are delivered too. */
  readonly events: readonly EventClass[];
  /** Its options. */
  readonly options: EventHandlerOptions;
};

/**
 * Which handler receives which events. Filled from `@HandlesEvent` metadata or by plain calls;
 * refuses duplicate names; can be listed.
 */
export class EventHandlerRegistry {
  private readonly byName = new Map<string, EventHandlerRegistration>();
  private readonly cache = new Map<Function, readonly EventHandlerRegistration[]>();
  private readonly eventClasses = new Map<string, EventClass>();

  /**
   * Registers a handler class. Without `events`, reads them from its `@HandlesEvent` decorator.
   * Throws on a duplicate name or a class without events.
   */
  register(
    handlerClass: EventHandlerClass,
    explicit?: { readonly events: readonly EventClass[] } & EventHandlerOptions,
  ): EventHandlerRegistration {
    const metadata = explicit ?? eventHandlerMetadataOf(handlerClass);
    if (metadata === undefined) {
      throw ConfigurationError.missingDecorator(`Event handler ${handlerClass.name}`, '@HandlesEvent(…)');
    }
    const options: EventHandlerOptions = 'options' in metadata ? metadata.options : metadata;
    const name = options.name ?? handlerClass.name;
    if (this.byName.has(name)) throw ConfigurationError.duplicate('Event handler', name);
    for (const eventClass of metadata.events) {
      if (eventTypeOf(eventClass) !== undefined) this.rememberEventClass(eventClass);
    }
    const registration: EventHandlerRegistration = Object.freeze({
      name,
      handlerClass,
      events: Object.freeze([...metadata.events]),
      options,
    });
    this.byName.set(name, registration);
    this.cache.clear();
    return registration;
  }

  /** Every registration, in registration order. */
  list(): readonly EventHandlerRegistration[] {
    return [...this.byName.values()];
  }

  /** The registration with this name, if any. */
  get(name: string): EventHandlerRegistration | undefined {
    return this.byName.get(name);
  }

  /** The handlers that receive `event`: those subscribed to its class or any base class of it. */
  handlersFor(event: DomainEvent | EventClass): readonly EventHandlerRegistration[] {
    const eventClass = (typeof event === 'function' ? event : event.constructor) as EventClass;
    const cached = this.cache.get(eventClass);
    if (cached !== undefined) return cached;
    const matches = this.list().filter((r) =>
      r.events.some((e) => e === eventClass || eventClass.prototype instanceof e),
    );
    this.cache.set(eventClass, matches);
    return matches;
  }

  /** Makes an event class known by its type name, so stored events can be restored. */
  rememberEventClass(eventClass: EventClass): void {
    const type = requireEventType(eventClass);
    const known = this.eventClasses.get(type);
    if (known !== undefined && known !== eventClass) {
      throw ConfigurationError.duplicate('Event type', type);
    }
    this.eventClasses.set(type, eventClass);
  }

  /** The event class declared with this type name, if known. */
  eventClassFor(type: string): EventClass | undefined {
    return this.eventClasses.get(type);
  }
}
