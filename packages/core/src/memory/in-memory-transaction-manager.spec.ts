import { describe, expect, it } from '@jest/globals';
import { InMemoryTransaction, InMemoryTransactionManager, inMemoryPersistence } from '../index.js';
import { Tally } from '../../test/fixtures/tally.aggregate.js';

const tallyWith = (id: string, ...tags: string[]): Tally => {
  const tally = new Tally(id);
  for (const tag of tags) tally.record(tag);
  return tally;
};

describe('InMemoryTransactionManager', () => {
  it('applies every staged write when the work resolves, and returns its result', async () => {
    const persistence = inMemoryPersistence();
    const store = persistence.storeFor(Tally);
    const result = await persistence.transactions.run(async (tx) => {
      await store.save(tx, tallyWith('a', 'x'), { expected: 0, next: 1 });
      await store.save(tx, tallyWith('b', 'y'), { expected: 0, next: 1 });
      expect(store.size).toBe(0);
      return 'done';
    });
    expect(result).toBe('done');
    expect(store.size).toBe(2);
  });

  it('applies nothing when the work throws after staging writes', async () => {
    const persistence = inMemoryPersistence();
    const store = persistence.storeFor(Tally);
    const failed = persistence.transactions.run(async (tx) => {
      await store.save(tx, tallyWith('a', 'x'), { expected: 0, next: 1 });
      await persistence.outbox.append(tx, { events: tallyWith('a', 'x').getUncommittedEvents(), deliveries: [] });
      throw new Error('boom');
    });
    await expect(failed).rejects.toThrow('boom');
    expect(store.size).toBe(0);
    expect(persistence.outbox.events).toEqual([]);
  });

  it('applies nothing when one staged write fails its check, not even the writes before it', async () => {
    const persistence = inMemoryPersistence();
    const store = persistence.storeFor(Tally);
    await persistence.transactions.run(async (tx) => store.save(tx, tallyWith('b', 'y'), { expected: 0, next: 1 }));
    const failed = persistence.transactions.run(async (tx) => {
      await store.save(tx, tallyWith('a', 'x'), { expected: 0, next: 1 });
      await persistence.outbox.append(tx, { events: tallyWith('a', 'x').getUncommittedEvents(), deliveries: [] });
      await store.save(tx, tallyWith('b', 'z'), { expected: 0, next: 1 });
    });
    await expect(failed).rejects.toMatchObject({ code: 'GLIA.CONCURRENCY', aggregateId: 'b' });
    expect(await store.load('a')).toBeUndefined();
    expect((await store.load('b'))?.tags).toEqual(['y']);
    expect(persistence.outbox.events).toEqual([]);
  });

  it('refuses writes staged after the transaction finished, and foreign transactions', async () => {
    let leaked: InMemoryTransaction | undefined;
    await new InMemoryTransactionManager().run(async (tx) => {
      leaked = InMemoryTransaction.from(tx);
    });
    expect(() => leaked?.stage({ check: () => undefined, apply: () => undefined })).toThrow(/already finished/);
    expect(() => InMemoryTransaction.from({ adapter: 'pglite' })).toThrow(/'pglite' transaction/);
  });
});
