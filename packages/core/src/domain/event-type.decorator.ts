import { ConfigurationError } from '../errors/configuration.error.js';
import { cloneDeep } from '../internal/clone-deep.js';
import { deepFreeze } from '../internal/deep-freeze.js';
import type { DomainEvent } from './domain-event.js';

const EVENT_TYPE = Symbol.for('glia.eventType');

/**
 * An event class, concrete or abstract. Typed by its prototype rather than its constructor, so base
 * classes with protected constructors (`DomainEvent` itself) can be subscribed to.
 */
export type EventClass<T extends DomainEvent = DomainEvent> = Function & { readonly prototype: T };

const TYPE_NAME = /^[A-Za-z][\w.-]*$/;

/**
 * Declares the stable, versioned type name of a domain event class, e.g.
 * `@EventType('orders.OrderConfirmed.v1')`. The name, not the class name, identifies the event in
 * storage and dispatch, so renames and minification never break it. Instances are deep-frozen once
 * constructed, holding copies of what their constructor was given.
 */
export function EventType(name: string) {
  if (!TYPE_NAME.test(name)) {
    throw new ConfigurationError(
      'GLIA.INVALID_EVENT_TYPE',
      `'${name}' is not a valid event type name: use letters, digits, '.', '-' or '_', e.g. 'orders.OrderConfirmed.v1'.`,
    );
  }
  return <C extends new (...args: any[]) => DomainEvent>(target: C): C => {
    const frozen = class extends target {
      constructor(...args: any[]) {
        super(...args);
        // Freeze only the most-derived instance, so subclasses can still assign their fields; freeze
        // copies of the fields, so the caller's objects (often an aggregate's own state) stay mutable.
        if (new.target === frozen) {
          for (const key of Object.keys(this)) {
            const self = this as unknown as Record<string, unknown>;
            self[key] = cloneDeep(self[key]);
          }
          deepFreeze(this);
        }
      }
    };
    Object.defineProperty(frozen, 'name', { value: target.name });
    Object.defineProperty(frozen, EVENT_TYPE, { value: name, enumerable: false });
    return frozen;
  };
}

/** The declared type name of an event class, or undefined if it has none of its own. */
export function eventTypeOf(eventClass: EventClass): string | undefined {
  return Object.prototype.hasOwnProperty.call(eventClass, EVENT_TYPE)
    ? ((eventClass as unknown as Record<symbol, string>)[EVENT_TYPE] as string)
    : undefined;
}

/** The declared type name of an event class; throws a clear error if it was not decorated. */
export function requireEventType(eventClass: EventClass): string {
  const type = eventTypeOf(eventClass);
  if (type === undefined) {
    throw ConfigurationError.missingDecorator(`Event class ${eventClass.name}`, "@EventType('…')");
  }
  return type;
}
