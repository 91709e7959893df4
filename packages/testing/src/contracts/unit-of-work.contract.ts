import { randomUUID } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { ConcurrencyError, TrackingRepository, UnitOfWork, type DomainEvent, type Persistence } from '@glia/core';
import { RecordingDispatcher } from '../recording-dispatcher.js';
import { useContractSubject, type ContractFactory } from './contract-subject.js';
import { ContractAccount } from './fixture/contract-account.aggregate.js';
import { AUDIT, contractHandlers, WELCOME } from './fixture/contract-handlers.js';
import { accountStore, customerStore, sampleAccount, sampleCustomer } from './fixture/contract-samples.js';
import { Money } from './fixture/money.js';

/** The behaviour a persistence adapter must show under a `UnitOfWork`: all-or-nothing commits, no lost update. */
export function unitOfWorkContract(name: string, factory: ContractFactory): void {
  describe(`${name}: UnitOfWork contract`, () => {
    const persistence = useContractSubject(factory);
    const handlers = contractHandlers();

    function open(p: Persistence, dispatcher = new RecordingDispatcher()) {
      const unitOfWork = new UnitOfWork({
        transactions: p.transactions,
        outbox: p.outbox,
        handlers,
        dispatcher,
        context: { correlationId: randomUUID() },
      });
      return {
        unitOfWork,
        dispatcher,
        accounts: new TrackingRepository(accountStore(p), unitOfWork),
        customers: new TrackingRepository(customerStore(p), unitOfWork),
      };
    }

    async function seed(p: Persistence): Promise<ContractAccount> {
      const { unitOfWork, accounts } = open(p);
      const account = sampleAccount();
      accounts.add(account);
      await unitOfWork.commit();
      return account;
    }

    it('a commit saves every tracked aggregate and records one pending delivery per handler per event', async () => {
      const p = persistence();
      const { unitOfWork, accounts, customers, dispatcher } = open(p);
      const account = sampleAccount();
      const customer = sampleCustomer();
      accounts.add(account);
      customers.add(customer);
      const result = await unitOfWork.commit();
      expect((await accountStore(p).load(account.id))?.version).toBe(2);
      expect((await customerStore(p).load(customer.id))?.version).toBe(1);
      expect(result.deliveries.map((d) => d.handler).sort()).toEqual([AUDIT, AUDIT, AUDIT, WELCOME]);
      const listed = await p.deliveries.list();
      expect(listed.map((d) => d.id)).toEqual(result.deliveries.map((d) => d.id));
      expect(listed.every((d) => d.status === 'pending' && d.attempts === 0)).toBe(true);
      expect(dispatcher.deliveries.map((d) => d.id)).toEqual(result.deliveries.map((d) => d.id));
    });

    it('committed events keep their identity, envelope and payload in the outbox', async () => {
      const p = persistence();
      const { unitOfWork, accounts } = open(p);
      accounts.add(sampleAccount());
      const { events } = await unitOfWork.commit();
      const stored = (await p.deliveries.list({ handler: AUDIT })).map((d) => d.event);
      expect(stored.map(envelopeOf)).toEqual(events.map(envelopeOf));
    });

    it('a stale aggregate fails the whole commit: nothing saved, nothing in the outbox, nothing dispatched', async () => {
      const p = persistence();
      const seeded = await seed(p);
      const before = await p.deliveries.list();
      const winner = open(p);
      const loser = open(p);
      (await winner.accounts.get(seeded.id)).deposit(new Money('1.00', 'EUR'));
      const stale = await loser.accounts.get(seeded.id);
      stale.deposit(new Money('2.00', 'EUR'));
      const customer = sampleCustomer();
      loser.customers.add(customer);
      const won = await winner.unitOfWork.commit();
      await expect(loser.unitOfWork.commit()).rejects.toBeInstanceOf(ConcurrencyError);
      expect(await customerStore(p).load(customer.id)).toBeUndefined();
      expect((await accountStore(p).load(seeded.id))?.balance.amount).toBe('11.10');
      const after = await p.deliveries.list();
      expect(after.map((d) => d.id)).toEqual([...before, ...won.deliveries].map((d) => d.id));
      expect(loser.dispatcher.deliveries).toEqual([]);
      expect(stale.getUncommittedEvents()).toHaveLength(1);
    });

    it('a transaction that throws writes nothing across two stores and the outbox', async () => {
      const p = persistence();
      const account = sampleAccount();
      const customer = sampleCustomer();
      const events = [...account.getUncommittedEvents(), ...customer.getUncommittedEvents()];
      const failure = new Error('fails after every write');
      const run = p.transactions.run(async (tx) => {
        await accountStore(p).save(tx, account, { expected: 0, next: 2 });
        await customerStore(p).save(tx, customer, { expected: 0, next: 1 });
        await p.outbox.append(tx, { events, deliveries: [] });
        throw failure;
      });
      await expect(run).rejects.toBe(failure);
      expect(await accountStore(p).load(account.id)).toBeUndefined();
      expect(await customerStore(p).load(customer.id)).toBeUndefined();
      expect(await p.deliveries.list()).toEqual([]);
    });

    it('a transaction resolves with what its work returned', async () => {
      expect(await persistence().transactions.run(async () => 42)).toBe(42);
    });

    it('of concurrent commits from one version exactly one wins and no update is lost', async () => {
      const p = persistence();
      const seeded = await seed(p);
      const scopes = await Promise.all(
        Array.from({ length: 5 }, async (_, i) => {
          const scope = open(p);
          (await scope.accounts.get(seeded.id)).deposit(new Money(`${i + 1}.00`, 'EUR'));
          return scope;
        }),
      );
      const results = await Promise.allSettled(scopes.map((s) => s.unitOfWork.commit()));
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost.every((r) => r.reason instanceof ConcurrencyError)).toBe(true);
      const stored = (await accountStore(p).load(seeded.id)) as ContractAccount;
      expect(stored.version).toBe(3);
      const deposited = results.findIndex((r) => r.status === 'fulfilled') + 1;
      expect(stored.balance.amount).toBe(new Money('10.10', 'EUR').add(new Money(`${deposited}.00`, 'EUR')).amount);
    });
  });
}

function envelopeOf(event: DomainEvent) {
  return {
    eventId: event.eventId,
    eventType: event.eventType,
    occurredAt: event.occurredAt.toISOString(),
    aggregateId: event.aggregateId,
    aggregateType: event.aggregateType,
    aggregateVersion: event.aggregateVersion,
    correlationId: event.correlationId,
    payload: event.payload(),
  };
}
