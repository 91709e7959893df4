import { describe, expect, it } from '@jest/globals';
import { ConcurrencyError } from '@glia/core';
import { useContractSubject, type ContractFactory } from './contract-subject.js';
import { ContractAccount } from './fixture/contract-account.aggregate.js';
import { ContractCustomer } from './fixture/contract-customer.aggregate.js';
import {
  accountStore,
  customerStore,
  OPENED_AT,
  sampleAccount,
  sampleCustomer,
  saveAlone,
} from './fixture/contract-samples.js';
import { Holder } from './fixture/holder.js';
import { Money } from './fixture/money.js';

/** The behaviour every `AggregateStore` must show: round-trips, optimistic concurrency, no shared copies. */
export function aggregateStoreContract(name: string, factory: ContractFactory): void {
  describe(`${name}: AggregateStore contract`, () => {
    const persistence = useContractSubject(factory);

    it('load returns undefined for an unknown id', async () => {
      expect(await accountStore(persistence()).load('no-such-account')).toBeUndefined();
    });

    it('an inserted aggregate loads back with its state, its version and nothing uncommitted', async () => {
      const store = accountStore(persistence());
      const account = sampleAccount();
      await saveAlone(persistence(), store, account);
      const loaded = await store.load(account.id);
      expect(loaded).toBeInstanceOf(ContractAccount);
      expect(loaded?.version).toBe(2);
      expect(loaded?.getUncommittedEvents()).toEqual([]);
      expect(loaded?.openedAt).toBeInstanceOf(Date);
      expect(loaded?.openedAt.toISOString()).toBe(OPENED_AT.toISOString());
      expect(loaded?.balance).toBeInstanceOf(Money);
      expect(loaded?.balance).toEqual(new Money('10.10', 'EUR'));
      expect(loaded?.holder).toBeInstanceOf(Holder);
      expect(loaded?.holder.label()).toBe('Ada, London');
      expect(loaded?.tags).toEqual(['vip']);
    });

    it('an update at the current version is stored with the new version', async () => {
      const store = accountStore(persistence());
      const account = sampleAccount();
      await saveAlone(persistence(), store, account);
      const loaded = (await store.load(account.id)) as ContractAccount;
      loaded.deposit(new Money('0.05', 'EUR'));
      loaded.deposit(new Money('100.00', 'EUR'));
      await saveAlone(persistence(), store, loaded);
      const reloaded = await store.load(account.id);
      expect(reloaded?.version).toBe(4);
      expect(reloaded?.balance.amount).toBe('110.15');
    });

    it('a save with a stale expected version is a ConcurrencyError and writes nothing', async () => {
      const store = accountStore(persistence());
      const account = sampleAccount();
      await saveAlone(persistence(), store, account);
      const first = (await store.load(account.id)) as ContractAccount;
      const second = (await store.load(account.id)) as ContractAccount;
      first.deposit(new Money('1.00', 'EUR'));
      await saveAlone(persistence(), store, first);
      second.deposit(new Money('2.00', 'EUR'));
      await expect(saveAlone(persistence(), store, second)).rejects.toBeInstanceOf(ConcurrencyError);
      const stored = await store.load(account.id);
      expect(stored?.version).toBe(3);
      expect(stored?.balance.amount).toBe('11.10');
    });

    it('inserting an id that already exists is a ConcurrencyError and keeps the first', async () => {
      const store = accountStore(persistence());
      const original = sampleAccount();
      await saveAlone(persistence(), store, original);
      const duplicate = sampleAccount(original.id);
      duplicate.deposit(new Money('5.00', 'EUR'));
      await expect(saveAlone(persistence(), store, duplicate)).rejects.toBeInstanceOf(ConcurrencyError);
      const stored = await store.load(original.id);
      expect(stored?.version).toBe(2);
      expect(stored?.balance.amount).toBe('10.10');
    });

    it('stored copies are not shared with callers', async () => {
      const store = accountStore(persistence());
      const account = sampleAccount();
      await saveAlone(persistence(), store, account);
      account.tags.push('changed after save');
      const loaded = (await store.load(account.id)) as ContractAccount;
      loaded.tags.push('changed after load');
      loaded.balance = new Money('999.99', 'EUR');
      const again = await store.load(account.id);
      expect(again).not.toBe(loaded);
      expect(again?.tags).toEqual(['vip']);
      expect(again?.balance.amount).toBe('10.10');
    });

    it('stores of two aggregate types keep the same id apart', async () => {
      const id = sampleAccount().id;
      expect(await customerStore(persistence()).load(id)).toBeUndefined();
      await saveAlone(persistence(), accountStore(persistence()), sampleAccount(id));
      expect(await customerStore(persistence()).load(id)).toBeUndefined();
      await saveAlone(persistence(), customerStore(persistence()), sampleCustomer(id));
      expect(await accountStore(persistence()).load(id)).toBeInstanceOf(ContractAccount);
      expect(await customerStore(persistence()).load(id)).toBeInstanceOf(ContractCustomer);
    });

    it('every store obtained for one type sees the same data', async () => {
      const account = sampleAccount();
      await saveAlone(persistence(), accountStore(persistence()), account);
      expect((await accountStore(persistence()).load(account.id))?.version).toBe(2);
    });
  });
}
