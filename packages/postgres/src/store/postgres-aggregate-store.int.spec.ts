import { expect } from '@jest/globals';
import { ConcurrencyError, ConfigurationError } from '@glia/core';
import { Account, accountMapper, Address, Money } from '../../test/support/fixtures.js';
import { describeDrivers } from '../../test/support/test-database.js';

describeDrivers('PostgresAggregateStore', (db, test) => {
  test('round-trips dates, decimals and nested value objects exactly', async () => {
    const persistence = db.persistence({ worker: false });
    const store = persistence.storeFor(Account, accountMapper);
    const account = Account.open('rt-1', 'Ada', new Date('2024-02-29T23:59:59.999Z'));
    account.deposit('10.10', new Date('2024-03-01T00:00:00.001Z'));
    account.deposit('0.20', new Date(1));
    account.moveTo(new Address('1 Main St', { name: 'Lyon', zip: '69001' }));
    await persistence.transactions.run((tx) => store.save(tx, account, { expected: 0, next: 3 }));

    const loaded = await store.load('rt-1');
    expect(loaded).toBeInstanceOf(Account);
    expect(loaded?.version).toBe(3);
    expect(loaded?.balance).toEqual(new Money('10.30', 'EUR'));
    expect(loaded?.balance).toBeInstanceOf(Money);
    expect(loaded?.openedOn.getTime()).toBe(account.openedOn.getTime());
    expect(loaded?.deposits.map((d) => d.toISOString())).toEqual([
      '2024-03-01T00:00:00.001Z',
      '1970-01-01T00:00:00.001Z',
    ]);
    expect(loaded?.address).toEqual(new Address('1 Main St', { name: 'Lyon', zip: '69001' }));
    expect(loaded?.address).toBeInstanceOf(Address);
    expect(loaded?.getUncommittedEvents()).toEqual([]);
  });

  test('refuses a stale save with ConcurrencyError and writes nothing', async () => {
    const persistence = db.persistence({ worker: false });
    const store = persistence.storeFor(Account, accountMapper);
    const account = Account.open('stale-1', 'Bob');
    await persistence.transactions.run((tx) => store.save(tx, account, { expected: 0, next: 1 }));
    account.deposit('5.00');
    const save = persistence.transactions.run((tx) => store.save(tx, account, { expected: 7, next: 8 }));
    await expect(save).rejects.toBeInstanceOf(ConcurrencyError);
    await expect(save).rejects.toMatchObject({ details: { expectedVersion: 7, actualVersion: 1 } });
    const loaded = await store.load('stale-1');
    expect(loaded?.version).toBe(1);
    expect(loaded?.balance.amount).toBe('0.00');
  });

  test('treats a duplicate insert as a ConcurrencyError', async () => {
    const persistence = db.persistence({ worker: false });
    const store = persistence.storeFor(Account, accountMapper);
    await persistence.transactions.run((tx) => store.save(tx, Account.open('dup-1', 'A'), { expected: 0, next: 1 }));
    const again = persistence.transactions.run((tx) =>
      store.save(tx, Account.open('dup-1', 'B'), { expected: 0, next: 1 }),
    );
    await expect(again).rejects.toBeInstanceOf(ConcurrencyError);
    expect((await store.load('dup-1'))?.owner).toBe('A');
  });

  test('returns undefined for an aggregate that does not exist', async () => {
    const store = db.persistence({ worker: false }).storeFor(Account, accountMapper);
    expect(await store.load('missing')).toBeUndefined();
  });

  test('refuses an aggregate type registered without a mapper, with a clear ConfigurationError', () => {
    const persistence = db.persistence({ worker: false });
    expect(() => persistence.storeFor(Account)).toThrow(ConfigurationError);
    expect(() => persistence.storeFor(Account)).toThrow(/needs a mapper/);
  });
});
