import { describe, expect, it } from '@jest/globals';
import {
  ConfigurationError,
  DomainEvent,
  EventHandlerRegistry,
  EventType,
  HandlesEvent,
  eventHandlerMetadataOf,
  type DomainEventHandler,
} from '../index.js';

abstract class KitchenEvent extends DomainEvent {}

@EventType('test.PizzaBaked.v1')
class PizzaBaked extends KitchenEvent {
  constructor(readonly pizza: string) {
    super();
  }
}

@EventType('test.PizzaBurnt.v1')
class PizzaBurnt extends PizzaBaked {}

@EventType('test.OvenCleaned.v1')
class OvenCleaned extends DomainEvent {}

@HandlesEvent(PizzaBaked, { name: 'kitchen.NotifyWaiter', retry: { maxAttempts: 2 } })
class NotifyWaiter implements DomainEventHandler<PizzaBaked> {
  async handle(): Promise<void> {}
}

@HandlesEvent(KitchenEvent)
class KitchenLog implements DomainEventHandler<KitchenEvent> {
  async handle(): Promise<void> {}
}

@HandlesEvent(DomainEvent)
class AuditAll implements DomainEventHandler {
  async handle(): Promise<void> {}
}

@HandlesEvent(PizzaBaked, OvenCleaned, { name: 'kitchen.Both' })
class Both implements DomainEventHandler<PizzaBaked | OvenCleaned> {
  async handle(): Promise<void> {}
}

class PlainHandler implements DomainEventHandler<OvenCleaned> {
  async handle(): Promise<void> {}
}

const refused = (register: () => unknown, code: string): boolean => {
  try {
    register();
  } catch (error) {
    return ConfigurationError.is(error, code);
  }
  return false;
};

describe('EventHandlerRegistry', () => {
  it('registers decorated handlers with the events and options of their decorator', () => {
    const registry = new EventHandlerRegistry();
    const registration = registry.register(NotifyWaiter);
    expect(registration).toEqual({
      name: 'kitchen.NotifyWaiter',
      handlerClass: NotifyWaiter,
      events: [PizzaBaked],
      options: { name: 'kitchen.NotifyWaiter', retry: { maxAttempts: 2 } },
    });
    expect(eventHandlerMetadataOf(NotifyWaiter)?.events).toEqual([PizzaBaked]);
    expect(registry.get('kitchen.NotifyWaiter')).toBe(registration);
  });

  it('registers a plain class by a plain call, named after the class unless told otherwise', () => {
    const registry = new EventHandlerRegistry();
    expect(registry.register(PlainHandler, { events: [OvenCleaned] }).name).toBe('PlainHandler');
    expect(registry.register(PlainHandler, { events: [OvenCleaned], name: 'oven.Second' }).name).toBe('oven.Second');
    expect(registry.handlersFor(new OvenCleaned()).map((r) => r.name)).toEqual(['PlainHandler', 'oven.Second']);
    expect(registry.eventClassFor('test.OvenCleaned.v1')).toBe(OvenCleaned);
  });

  it('lists every registration in registration order', () => {
    const registry = new EventHandlerRegistry();
    registry.register(AuditAll);
    registry.register(NotifyWaiter);
    registry.register(PlainHandler, { events: [OvenCleaned] });
    expect(registry.list().map((r) => r.name)).toEqual(['AuditAll', 'kitchen.NotifyWaiter', 'PlainHandler']);
  });

  it('refuses a duplicate registration with GLIA.DUPLICATE_REGISTRATION', () => {
    const registry = new EventHandlerRegistry();
    registry.register(NotifyWaiter);
    expect(refused(() => registry.register(NotifyWaiter), 'GLIA.DUPLICATE_REGISTRATION')).toBe(true);
    const sameName = () => registry.register(PlainHandler, { events: [OvenCleaned], name: 'kitchen.NotifyWaiter' });
    expect(refused(sameName, 'GLIA.DUPLICATE_REGISTRATION')).toBe(true);
    expect(registry.list()).toHaveLength(1);
  });

  it('refuses a class with neither decorator nor events', () => {
    const registry = new EventHandlerRegistry();
    expect(refused(() => registry.register(PlainHandler), 'GLIA.MISSING_DECORATOR')).toBe(true);
    expect(refused(() => HandlesEvent(), 'GLIA.NO_EVENTS')).toBe(true);
  });

  it('delivers subclasses to a handler registered for a base class, even DomainEvent', () => {
    const registry = new EventHandlerRegistry();
    registry.register(NotifyWaiter);
    registry.register(KitchenLog);
    registry.register(AuditAll);
    const names = (event: DomainEvent): string[] => registry.handlersFor(event).map((r) => r.name);
    expect(names(new PizzaBaked('margherita'))).toEqual(['kitchen.NotifyWaiter', 'KitchenLog', 'AuditAll']);
    expect(names(new PizzaBurnt('calzone'))).toEqual(['kitchen.NotifyWaiter', 'KitchenLog', 'AuditAll']);
    expect(names(new OvenCleaned())).toEqual(['AuditAll']);
    expect(registry.handlersFor(PizzaBurnt).map((r) => r.name)).toEqual(names(new PizzaBurnt('x')));
  });

  it('subscribes one handler to several unrelated event classes', () => {
    const registry = new EventHandlerRegistry();
    expect(registry.register(Both).events).toEqual([PizzaBaked, OvenCleaned]);
    expect(registry.handlersFor(new OvenCleaned()).map((r) => r.name)).toEqual(['kitchen.Both']);
    expect(registry.handlersFor(new PizzaBurnt('x')).map((r) => r.name)).toEqual(['kitchen.Both']);
  });

  it('answers for handlers registered after an earlier lookup', () => {
    const registry = new EventHandlerRegistry();
    registry.register(NotifyWaiter);
    expect(registry.handlersFor(new OvenCleaned())).toEqual([]);
    registry.register(AuditAll);
    expect(registry.handlersFor(new OvenCleaned()).map((r) => r.name)).toEqual(['AuditAll']);
  });

  it('refuses two event classes declaring one type name', () => {
    @EventType('test.OvenCleaned.v1')
    class OtherOvenCleaned extends DomainEvent {}
    const registry = new EventHandlerRegistry();
    registry.rememberEventClass(OvenCleaned);
    registry.rememberEventClass(OvenCleaned);
    expect(refused(() => registry.rememberEventClass(OtherOvenCleaned), 'GLIA.DUPLICATE_REGISTRATION')).toBe(true);
  });
});
