import { describe, expect, it } from '@jest/globals';
import { AggregateRoot, AggregateType, DomainEvent, EventType, InvalidOperationError } from '../index.js';
import { TagRecorded } from '../../test/fixtures/tag-recorded.event.js';
import { Tally } from '../../test/fixtures/tally.aggregate.js';

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

  it('applies history through apply, takes the last version, and leaves nothing uncommitted', () => {
    const source = new Counter('c-1');
    source.increment(2);
    source.increment(3);
    source.increment(4);
    const history = source.getUncommittedEvents();

    const counter = new Counter('c-1');
    counter.loadFromHistory(history);
    expect(counter.value).toBe(9);
    expect(counter.version).toBe(3);
    expect(counter.pendingVersion).toBe(3);
    expect(counter.getUncommittedEvents()).toEqual([]);

    counter.increment(1);
    expect(counter.getUncommittedEvents().map((e) => e.aggregateVersion)).toEqual([4]);
    expect([counter.version, counter.pendingVersion, counter.value]).toEqual([3, 4, 10]);
  });

  it('counts versions itself when history events carry none', () => {
    const counter = new Counter('c-1');
    counter.loadFromHistory([new CounterIncremented(1), new CounterIncremented(1)]);
    expect([counter.version, counter.value]).toEqual([2, 2]);
  });

  it('getUncommittedEvents returns a copy that callers cannot use to change the aggregate', () => {
    const counter = new Counter('c-1');
    counter.increment(1);
    const events = counter.getUncommittedEvents() as DomainEvent[];
    events.pop();
    events.push(new CounterIncremented(99));
    expect(counter.getUncommittedEvents()).toHaveLength(1);
    expect((counter.getUncommittedEvents()[0] as CounterIncremented).by).toBe(1);
  });

  it('clearUncommittedEvents and markPersisted move the version forward', () => {
    const counter = new Counter('c-1');
    counter.increment(1);
    counter.increment(1);
    counter.markPersisted(counter.pendingVersion);
    counter.clearUncommittedEvents();
    expect([counter.version, counter.pendingVersion, counter.getUncommittedEvents().length]).toEqual([2, 2, 0]);
  });

  it('supports state-based aggregates that change fields in their methods', () => {
    const tally = new Tally('t-1');
    const first = tally.record('a');
    tally.record('b');
    expect(tally.tags).toEqual(['a', 'b']);
    expect(first).toBeInstanceOf(TagRecorded);
    expect(tally.getUncommittedEvents().map((e) => [e.eventType, e.aggregateType, e.aggregateVersion])).toEqual([
      ['test.TagRecorded.v1', 'test.Tally', 1],
      ['test.TagRecorded.v1', 'test.Tally', 2],
    ]);
  });

  it('an invariant that refuses an operation raises nothing', () => {
    const tally = new Tally('t-1');
    tally.record('a');
    expect(() => tally.record('a')).toThrow(InvalidOperationError);
    expect(tally.getUncommittedEvents()).toHaveLength(1);
    expect(tally.tags).toEqual(['a']);
  });

  it('requires @AggregateType on the aggregate class', () => {
    class Untyped extends AggregateRoot {
      readonly id = 'u-1';
    }
    expect(() => new Untyped().aggregateType).toThrow(expect.objectContaining({ code: 'GLIA.MISSING_DECORATOR' }));
  });
});
