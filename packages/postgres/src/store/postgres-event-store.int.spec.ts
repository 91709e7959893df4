import { expect } from '@jest/globals';
import {
  AggregateRoot,
  AggregateType,
  ConcurrencyError,
  createGlia,
  DomainEvent,
  EventType,
  repositoryToken,
  silentLogger,
  type Repository,
} from '@glia/core';
import { eventSourced } from './event-sourced.js';
import { describeDrivers } from '../../test/support/test-database.js';

@EventType('test.CounterIncremented.v1')
class Incremented extends DomainEvent {
  constructor(
    readonly by: number,
    readonly at: Date,
  ) {
    super();
  }
}

@AggregateType('test.Counter')
class Counter extends AggregateRoot {
  total = 0;
  last: Date | undefined;
  constructor(readonly id: string) {
    super();
  }
  increment(by: number, at: Date): void {
    this.raiseEvent(new Incremented(by, at));
  }
  protected override apply(event: DomainEvent): void {
    if (event instanceof Incremented) {
      this.total += event.by;
      this.last = event.at;
    }
  }
}

const counterMapper = eventSourced({ create: (id) => new Counter(id), events: [Incremented] });

describeDrivers('PostgresEventStore', (db, test) => {
  test('appends with the expected version and replays the stream in order', async () => {
    const persistence = db.persistence({ worker: false });
    const store = persistence.storeFor(Counter, counterMapper);
    const counter = new Counter('c-1');
    counter.increment(2, new Date(10));
    counter.increment(3, new Date(20));
    await persistence.transactions.run((tx) => store.save(tx, counter, { expected: 0, next: 2 }));
    const loaded = await store.load('c-1');
    expect(loaded?.total).toBe(5);
    expect(loaded?.version).toBe(2);
    expect(loaded?.last).toEqual(new Date(20));
    const stream = await persistence.eventStore.read({ type: 'test.Counter', id: 'c-1' }, () => Incremented);
    expect(stream.map((e) => e.aggregateVersion)).toEqual([1, 2]);
    expect(stream[0]?.eventId).toBe(counter.getUncommittedEvents()[0]?.eventId);
  });

  test('lets only one of two concurrent appends at the same version commit', async () => {
    const persistence = db.persistence({ worker: false });
    const store = persistence.storeFor(Counter, counterMapper);
    const first = new Counter('c-2');
    first.increment(1, new Date());
    await persistence.transactions.run((tx) => store.save(tx, first, { expected: 0, next: 1 }));
    const a = (await store.load('c-2')) as Counter;
    const b = (await store.load('c-2')) as Counter;
    a.increment(10, new Date());
    b.increment(100, new Date());
    const results = await Promise.allSettled([
      persistence.transactions.run((tx) => store.save(tx, a, { expected: 1, next: 2 })),
      persistence.transactions.run((tx) => store.save(tx, b, { expected: 1, next: 2 })),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.filter((r) => r.status === 'rejected');
    expect(rejected).toHaveLength(1);
    expect((rejected[0] as PromiseRejectedResult).reason).toBeInstanceOf(ConcurrencyError);
    expect([11, 101]).toContain((await store.load('c-2'))?.total);
  });

  test('returns undefined for a stream that does not exist', async () => {
    const store = db.persistence({ worker: false }).storeFor(Counter, counterMapper);
    expect(await store.load('none')).toBeUndefined();
  });

  test('works as an aggregate registration of createGlia: the stream and the outbox commit together', async () => {
    const persistence = db.persistence({ worker: false });
    const glia = await createGlia({
      persistence,
      aggregates: [{ aggregate: Counter, mapper: counterMapper }],
      logger: silentLogger,
    });
    const token = repositoryToken(Counter) as never;
    const first = glia.openScope();
    const counter = new Counter('c-3');
    counter.increment(4, new Date(1));
    first.get<Repository<Counter>>(token).add(counter);
    await first.unitOfWork.commit();
    const second = glia.openScope();
    (await second.get<Repository<Counter>>(token).get('c-3')).increment(6, new Date(2));
    await second.unitOfWork.commit();
    const loaded = await glia.openScope().get<Repository<Counter>>(token).get('c-3');
    expect({ total: loaded.total, version: loaded.version }).toEqual({ total: 10, version: 2 });
    expect(await db.count('outbox_events', "aggregate_id = 'c-3'")).toBe(2);
    await glia.close();
  });
});
