import { injectable } from 'inversify';
import type { DomainEvent } from '../domain/domain-event.js';
import type { EventClass } from '../domain/event-type.decorator.js';
import { ConfigurationError } from '../errors/configuration.error.js';
import type { DomainEventHandler } from './domain-event-handler.js';
import type { EventHandlerOptions } from './handler-options.js';

const HANDLES_EVENT = Symbol.for('glia.handlesEvent');

/** What `@HandlesEvent` records on a handler class. */
export type EventHandlerMetadata = {
  /** The event classes the handler subscribes to (subclasses included). */
  readonly events: readonly EventClass[];
  /** Registration options. */
  readonly options: EventHandlerOptions;
};

/** A class whose instances handle domain events. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- constructor parameters are the container's business
export type EventHandlerClass = new (...args: any[]) => DomainEventHandler<any>;

/** The class decorator `@HandlesEvent` returns, for handlers of the events `E`. */
export type EventHandlerDecorator<E extends DomainEvent> = <C extends new (...a: any[]) => DomainEventHandler<E>>(
  target: C,
) => C;

/**
 * Subscribes a handler class to one or more event classes (a base class, even `DomainEvent`,
 * subscribes to all its subclasses) and makes it injectable. It only records metadata: the handler
 * takes part once it is listed in `createGlia({ eventHandlers })`.
 */
export function HandlesEvent<E extends DomainEvent>(
  ...args: [...EventClass<E>[]] | [...EventClass<E>[], EventHandlerOptions]
): EventHandlerDecorator<E>;
/** The same for several unrelated event classes: the handler receives their union. */
export function HandlesEvent<Cs extends EventClass[]>(...events: Cs): EventHandlerDecorator<Cs[number]['prototype']>;
/** The same for several unrelated event classes, with options after them. */
export function HandlesEvent<Cs extends EventClass[]>(
  ...args: [...Cs, EventHandlerOptions]
): EventHandlerDecorator<Cs[number]['prototype']>;
export function HandlesEvent(...args: Array<EventClass | EventHandlerOptions>): EventHandlerDecorator<DomainEvent> {
  const last = args[args.length - 1];
  const options = typeof last === 'function' || last === undefined ? {} : (last as EventHandlerOptions);
  const events = args.filter((a): a is EventClass => typeof a === 'function');
  if (events.length === 0) {
    throw new ConfigurationError('GLIA.NO_EVENTS', '@HandlesEvent needs at least one event class.');
  }
  return (target) => {
    injectable()(target);
    const metadata: EventHandlerMetadata = { events, options };
    Object.defineProperty(target, HANDLES_EVENT, { value: metadata, enumerable: false });
    return target;
  };
}

/** The metadata `@HandlesEvent` recorded on a class, if any. */
export function eventHandlerMetadataOf(handler: EventHandlerClass): EventHandlerMetadata | undefined {
  return Object.prototype.hasOwnProperty.call(handler, HANDLES_EVENT)
    ? ((handler as unknown as Record<symbol, EventHandlerMetadata>)[HANDLES_EVENT] as EventHandlerMetadata)
    : undefined;
}
