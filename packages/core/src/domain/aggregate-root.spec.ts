import { describe, expect, it } from '@jest/globals';
import { AggregateRoot, AggregateType, DomainEvent, EventType } from '../index.js';

@EventType('test.CounterIncremented.v1')
class CounterIncremented extends DomainEvent {
  constructor(readonly by: number) {
    super();
  }
}

@AggregateType('test.Counter')
class Counter extends AggregateRoot {
  value = 0;
  constructor(readonly id: string) {
    super();
  }
  increment(by: number): void {
    this.raiseEvent(new CounterIncremented(by));
  }
  protected override apply(event: DomainEvent): void {
    if (event instanceof CounterIncremented) this.value += event.by;
  }
}

describe('AggregateRoot', () => {
  it('stamps raised events with the aggregate and consecutive versions', () => {
    const counter = new Counter('c-1');
    counter.increment(2);
    counter.increment(3);
    const events = counter.getUncommittedEvents();
    expect(events.map((e) => [e.aggregateId, e.aggregateType, e.aggregateVersion])).toEqual([
      ['c-1', 'test.Counter', 1],
      ['c-1', 'test.Counter', 2],
    ]);
    expect(counter.value).toBe(5);
    expect(Object.isFrozen(events[0])).toBe(true);
  });
});
