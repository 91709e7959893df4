import { describe, expect, it, jest } from '@jest/globals';
import { ConcurrencyError, InMemoryTransactionManager, inMemoryPersistence, type AggregateMapper } from '../index.js';
import { TagRecorded } from '../../test/fixtures/tag-recorded.event.js';
import { Tally } from '../../test/fixtures/tally.aggregate.js';

const transactions = new InMemoryTransactionManager();

describe('InMemoryAggregateStore', () => {
  it('saves at the next version and loads a copy of the right class at that version, with no events', async () => {
    const store = inMemoryPersistence().storeFor(Tally);
    const tally = new Tally('t-1');
    tally.record('a');
    await transactions.run(async (tx) => store.save(tx, tally, { expected: 0, next: 1 }));
    const loaded = await store.load('t-1');
    expect(loaded).toBeInstanceOf(Tally);
    expect(loaded).not.toBe(tally);
    expect([loaded?.version, loaded?.tags, loaded?.getUncommittedEvents()]).toEqual([1, ['a'], []]);
    expect(await store.load('missing')).toBeUndefined();
    expect(store.size).toBe(1);
  });

  it('snapshots the state without copying the pending events that load would drop', async () => {
    const store = inMemoryPersistence().storeFor(Tally);
    const tally = new Tally('t-1');
    for (const tag of ['a', 'b', 'c']) tally.record(tag);
    const create = jest.spyOn(Object, 'create');
    try {
      await transactions.run(async (tx) => store.save(tx, tally, { expected: 0, next: 3 }));
      expect(create.mock.calls.filter(([proto]) => proto === TagRecorded.prototype)).toHaveLength(0);
    } finally {
      create.mockRestore();
    }
    const loaded = await store.load('t-1');
    expect([loaded?.version, loaded?.tags, loaded?.getUncommittedEvents()]).toEqual([3, ['a', 'b', 'c'], []]);
    expect(loaded?.record('d').aggregateVersion).toBe(4);
  });

  it('keeps stored copies apart from the objects callers hold', async () => {
    const store = inMemoryPersistence().storeFor(Tally);
    const tally = new Tally('t-1');
    tally.record('a');
    await transactions.run(async (tx) => {
      await store.save(tx, tally, { expected: 0, next: 1 });
      tally.tags.push('changed after save');
    });
    tally.tags.push('changed after commit');

    const first = await store.load('t-1');
    first?.tags.push('changed after load');
    const second = await store.load('t-1');
    expect(second?.tags).toEqual(['a']);
    expect(second?.tags).not.toBe(first?.tags);
  });

  it('refuses a save whose expected version is stale with a ConcurrencyError and writes nothing', async () => {
    const store = inMemoryPersistence().storeFor(Tally);
    const tally = new Tally('t-1');
    tally.record('a');
    await transactions.run(async (tx) => store.save(tx, tally, { expected: 0, next: 1 }));

    const stale = new Tally('t-1');
    stale.record('b');
    const error = await transactions
      .run(async (tx) => store.save(tx, stale, { expected: 0, next: 1 }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConcurrencyError);
    expect(error).toMatchObject({
      aggregateType: 'test.Tally',
      aggregateId: 't-1',
      expectedVersion: 0,
      actualVersion: 1,
    });

    const ahead = await transactions
      .run(async (tx) => store.save(tx, stale, { expected: 2, next: 3 }))
      .catch((e: unknown) => e);
    expect(ahead).toMatchObject({ code: 'GLIA.CONCURRENCY', expectedVersion: 2, actualVersion: 1 });

    const missing = await transactions
      .run(async (tx) => store.save(tx, new Tally('t-2'), { expected: 1, next: 2 }))
      .catch((e: unknown) => e);
    expect(missing).toMatchObject({ code: 'GLIA.CONCURRENCY', expectedVersion: 1, actualVersion: undefined });

    expect((await store.load('t-1'))?.tags).toEqual(['a']);
    expect(await store.load('t-2')).toBeUndefined();
  });

  it('accepts a save at the current version', async () => {
    const store = inMemoryPersistence().storeFor(Tally);
    const tally = new Tally('t-1');
    tally.record('a');
    await transactions.run(async (tx) => store.save(tx, tally, { expected: 0, next: 1 }));
    const loaded = (await store.load('t-1')) as Tally;
    loaded.record('b');
    await transactions.run(async (tx) => store.save(tx, loaded, { expected: 1, next: 2 }));
    expect((await store.load('t-1'))?.version).toBe(2);
  });

  it('stores through a mapper when one is given', async () => {
    const mapper: AggregateMapper<Tally, { id: string; tags: string[] }> = {
      toSnapshot: (t) => ({ id: t.id, tags: [...t.tags] }),
      fromSnapshot: (s) => Object.assign(new Tally(s.id), { tags: s.tags }),
    };
    const store = inMemoryPersistence().storeFor(Tally, mapper);
    const tally = new Tally('t-1');
    tally.record('a');
    await transactions.run(async (tx) => store.save(tx, tally, { expected: 0, next: 1 }));
    const loaded = await store.load('t-1');
    expect([loaded?.tags, loaded?.version, loaded?.getUncommittedEvents()]).toEqual([['a'], 1, []]);
  });
});
