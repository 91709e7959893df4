import { describe, expect, it } from '@jest/globals';
import { DomainEvent, EventType, raiseSequenceOf, restoreEvent, type EventMetadata } from '../index.js';

type Line = { readonly pizza: string; readonly toppings: readonly string[] };

@EventType('test.OrderPlaced.v1')
class OrderPlaced extends DomainEvent {
  constructor(
    readonly orderId: string,
    readonly lines: readonly Line[],
    readonly sequence = 1,
  ) {
    super();
  }
}

const placed = (): OrderPlaced => new OrderPlaced('o-1', [{ pizza: 'margherita', toppings: ['basil'] }]);

describe('DomainEvent', () => {
  it('is deep-frozen once constructed', () => {
    const event = placed();
    expect(Object.isFrozen(event)).toBe(true);
    expect(Object.isFrozen(event.lines)).toBe(true);
    expect(Object.isFrozen(event.lines[0])).toBe(true);
    expect(Object.isFrozen(event.lines[0]?.toppings)).toBe(true);
    expect(() => {
      (event as { orderId: string }).orderId = 'o-2';
    }).toThrow(TypeError);
    expect(() => (event.lines[0]?.toppings as string[]).push('chili')).toThrow(TypeError);
    expect(event.orderId).toBe('o-1');
  });

  it("freezes copies of its constructor's arguments, leaving the caller's objects mutable", () => {
    const toppings = ['basil'];
    const event = new OrderPlaced('o-1', [{ pizza: 'margherita', toppings }]);
    toppings.push('chili');
    expect(event.lines[0]?.toppings).toEqual(['basil']);
    expect(Object.isFrozen(toppings)).toBe(false);
  });

  it('gets a unique eventId and the time it happened', () => {
    const before = Date.now();
    const events = Array.from({ length: 100 }, placed);
    const after = Date.now();
    expect(new Set(events.map((e) => e.eventId)).size).toBe(100);
    for (const event of events) {
      expect(event.eventId).toMatch(/^[0-9a-f-]{36}$/);
      expect(event.occurredAt).toBeInstanceOf(Date);
      expect(event.occurredAt.getTime()).toBeGreaterThanOrEqual(before);
      expect(event.occurredAt.getTime()).toBeLessThanOrEqual(after);
    }
  });

  it('has no aggregate metadata until raised', () => {
    const event = placed();
    expect([event.aggregateId, event.aggregateType, event.aggregateVersion]).toEqual([undefined, undefined, undefined]);
    expect([event.correlationId, event.causationId]).toEqual([undefined, undefined]);
  });

  it('payload() holds every own field except the envelope, including one named "sequence"', () => {
    const event = placed().withMetadata({ aggregateId: 'o-1', aggregateVersion: 1, correlationId: 'c' });
    expect(event.payload()).toEqual({
      orderId: 'o-1',
      lines: [{ pizza: 'margherita', toppings: ['basil'] }],
      sequence: 1,
    });
  });

  it('withMetadata returns a stamped, frozen copy and leaves the original unchanged', () => {
    const original = placed();
    const stamped = original.withMetadata({
      aggregateId: 'o-1',
      aggregateType: 'test.Order',
      aggregateVersion: 3,
      correlationId: 'corr-1',
      causationId: 'cmd-1',
    });
    expect(stamped).not.toBe(original);
    expect(stamped).toBeInstanceOf(OrderPlaced);
    expect(stamped.eventType).toBe('test.OrderPlaced.v1');
    expect(Object.isFrozen(stamped)).toBe(true);
    expect([stamped.eventId, stamped.occurredAt]).toEqual([original.eventId, original.occurredAt]);
    expect([stamped.aggregateId, stamped.aggregateType, stamped.aggregateVersion]).toEqual(['o-1', 'test.Order', 3]);
    expect([stamped.correlationId, stamped.causationId]).toEqual(['corr-1', 'cmd-1']);
    expect(stamped.payload()).toEqual(original.payload());
    expect([original.aggregateId, original.aggregateVersion, original.correlationId]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('withMetadata ignores undefined values and keeps the raise order of the first stamp', () => {
    const first = placed().withMetadata({ aggregateId: 'o-1', correlationId: 'c-1' });
    const second = first.withMetadata({ correlationId: undefined, causationId: 'x' } as unknown as EventMetadata);
    expect([second.aggregateId, second.correlationId, second.causationId]).toEqual(['o-1', 'c-1', 'x']);
    expect(raiseSequenceOf(second)).toBe(raiseSequenceOf(first));
    expect(raiseSequenceOf(placed().withMetadata({}))).toBeGreaterThan(raiseSequenceOf(first));
  });

  it('restoreEvent rebuilds a frozen instance with its stored id and time', () => {
    const occurredAt = new Date('2024-05-01T12:00:00Z');
    const restored = restoreEvent(OrderPlaced, {
      eventId: 'e-1',
      occurredAt,
      aggregateId: 'o-1',
      aggregateVersion: 2,
      payload: { orderId: 'o-1', lines: [], sequence: 7 },
    });
    expect(restored).toBeInstanceOf(OrderPlaced);
    expect([restored.eventId, restored.occurredAt, restored.aggregateVersion]).toEqual(['e-1', occurredAt, 2]);
    expect(restored.payload()).toEqual({ orderId: 'o-1', lines: [], sequence: 7 });
    expect(Object.isFrozen(restored)).toBe(true);
  });
});
