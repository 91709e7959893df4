import { describe, expect, it } from '@jest/globals';
import { ConfigurationError, DomainEvent, EventType, eventTypeOf, requireEventType } from '../index.js';

@EventType('test.PizzaBaked.v1')
class PizzaBaked extends DomainEvent {
  constructor(readonly pizza: string) {
    super();
  }
}

describe('@EventType', () => {
  it('accepts versioned names of letters, digits, dots, dashes and underscores', () => {
    for (const name of ['orders.OrderConfirmed.v1', 'a', 'Kitchen_Pizza-Baked.v2', 'x1.y2']) {
      expect(() => EventType(name)).not.toThrow();
    }
  });

  it('refuses empty or malformed names with GLIA.INVALID_EVENT_TYPE', () => {
    for (const name of ['', ' ', '1orders.Created', '.Created', 'orders Created', 'orders/Created', 'ordrés.Créé']) {
      let thrown: unknown;
      try {
        EventType(name);
      } catch (error) {
        thrown = error;
      }
      expect(ConfigurationError.is(thrown, 'GLIA.INVALID_EVENT_TYPE')).toBe(true);
    }
  });

  it('declares the type name on the class, not derived from the class name', () => {
    expect(eventTypeOf(PizzaBaked)).toBe('test.PizzaBaked.v1');
    expect(new PizzaBaked('margherita').eventType).toBe('test.PizzaBaked.v1');
    expect(PizzaBaked.name).toBe('PizzaBaked');
  });

  it('requires a subclass of a decorated event to declare its own type', () => {
    class PizzaBurnt extends PizzaBaked {}
    expect(eventTypeOf(PizzaBurnt)).toBeUndefined();
    expect(() => requireEventType(PizzaBurnt)).toThrow(expect.objectContaining({ code: 'GLIA.MISSING_DECORATOR' }));
    // Constructing one fails too, so an untyped, unfrozen event can never be raised.
    expect(() => new PizzaBurnt('calzone')).toThrow(expect.objectContaining({ code: 'GLIA.MISSING_DECORATOR' }));

    @EventType('test.PizzaBurnt.v1')
    class DeclaredPizzaBurnt extends PizzaBaked {
      constructor(
        pizza: string,
        readonly minutes: number,
      ) {
        super(pizza);
      }
    }
    const burnt = new DeclaredPizzaBurnt('calzone', 40);
    expect(burnt.eventType).toBe('test.PizzaBurnt.v1');
    expect(burnt).toBeInstanceOf(PizzaBaked);
    expect(Object.isFrozen(burnt)).toBe(true);
    expect(burnt.payload()).toEqual({ pizza: 'calzone', minutes: 40 });
  });
});
