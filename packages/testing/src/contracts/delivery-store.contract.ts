import { randomUUID } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import type { Delivery, DomainEvent, Persistence } from '@glia/core';
import { useContractSubject, type ContractFactory } from './contract-subject.js';
import { MoneyDeposited } from './fixture/money-deposited.event.js';
import { sampleAccount } from './fixture/contract-samples.js';

const A = 'glia.contract.handler-a';
const B = 'glia.contract.handler-b';

/** The behaviour every `Outbox` and `DeliveryStore` must show: commit-bound batches, per-delivery outcomes. */
export function deliveryStoreContract(name: string, factory: ContractFactory): void {
  describe(`${name}: Outbox and DeliveryStore contract`, () => {
    const persistence = useContractSubject(factory);

    it('an appended batch is listed only once its transaction commits', async () => {
      const p = persistence();
      const rolledBack = batchFor(sampleAccount().getUncommittedEvents(), [A]);
      const failure = new Error('roll back');
      await expect(
        p.transactions.run(async (tx) => {
          await p.outbox.append(tx, rolledBack);
          throw failure;
        }),
      ).rejects.toBe(failure);
      expect(await p.deliveries.list()).toEqual([]);
      const committed = await append(p, sampleAccount().getUncommittedEvents(), [A]);
      expect(ids(await p.deliveries.list())).toEqual(ids(committed));
    });

    it('list returns deliveries oldest first, across commits and within one', async () => {
      const p = persistence();
      const first = await append(p, sampleAccount().getUncommittedEvents(), [A, B]);
      const second = await append(p, sampleAccount().getUncommittedEvents(), [B]);
      expect(ids(await p.deliveries.list())).toEqual(ids([...first, ...second]));
    });

    it('list filters by status and handler and returns at most `limit`', async () => {
      const p = persistence();
      const all = await append(p, sampleAccount().getUncommittedEvents(), [A, B]);
      const [a1, , a2] = all;
      await p.deliveries.complete(required(a1).id, 1);
      expect(ids(await p.deliveries.list({ handler: A }))).toEqual(ids(all.filter((d) => d.handler === A)));
      expect(ids(await p.deliveries.list({ status: 'completed' }))).toEqual(ids([required(a1)]));
      expect(ids(await p.deliveries.list({ status: 'pending', handler: A }))).toEqual(ids([required(a2)]));
      expect(ids(await p.deliveries.list({ limit: 3 }))).toEqual(ids(all.slice(0, 3)));
    });

    it('a listed delivery carries its whole event, restored as an instance of its class', async () => {
      const p = persistence();
      const events = sampleAccount().getUncommittedEvents();
      const [delivery] = await append(p, events.slice(1), [A]);
      const [listed] = await p.deliveries.list();
      const original = required(events[1]);
      expect(listed).toMatchObject({ id: required(delivery).id, handler: A, status: 'pending', attempts: 0 });
      expect(listed?.availableAt).toBeInstanceOf(Date);
      expect(listed?.event).toBeInstanceOf(MoneyDeposited);
      expect(listed?.event.eventId).toBe(original.eventId);
      expect(listed?.event.occurredAt.toISOString()).toBe(original.occurredAt.toISOString());
      expect(listed?.event.aggregateVersion).toBe(2);
      expect(listed?.event.payload()).toEqual({ amount: '10.10', currency: 'EUR', balance: '10.10' });
    });

    it('complete marks a delivery completed with its attempts and a finish time', async () => {
      const p = persistence();
      const [delivery] = await append(p, sampleAccount().getUncommittedEvents().slice(0, 1), [A]);
      await p.deliveries.complete(required(delivery).id, 2);
      const [listed] = await p.deliveries.list();
      expect(listed).toMatchObject({ status: 'completed', attempts: 2 });
      expect(listed?.finishedAt).toBeInstanceOf(Date);
    });

    it('retryLater keeps a delivery pending with its attempts, error and next attempt time', async () => {
      const p = persistence();
      const [delivery] = await append(p, sampleAccount().getUncommittedEvents().slice(0, 1), [A]);
      const next = new Date(Date.now() + 60_000);
      await p.deliveries.retryLater(required(delivery).id, 1, 'Error: try again', next);
      const [listed] = await p.deliveries.list();
      expect(listed).toMatchObject({ status: 'pending', attempts: 1, lastError: 'Error: try again' });
      expect(listed?.availableAt.getTime()).toBe(next.getTime());
      expect(listed?.finishedAt).toBeUndefined();
    });

    it('markDead marks a delivery dead with its attempts, error and a finish time', async () => {
      const p = persistence();
      const [delivery] = await append(p, sampleAccount().getUncommittedEvents().slice(0, 1), [A]);
      await p.deliveries.markDead(required(delivery).id, 5, 'Error: gave up');
      const [listed] = await p.deliveries.list({ status: 'dead' });
      expect(listed).toMatchObject({ id: required(delivery).id, attempts: 5, lastError: 'Error: gave up' });
      expect(listed?.finishedAt).toBeInstanceOf(Date);
    });

    it('retryDead sets dead deliveries back to pending with no attempts, returns them, and leaves others', async () => {
      const p = persistence();
      const [a1, b1, a2, b2] = await append(p, sampleAccount().getUncommittedEvents(), [A, B]);
      for (const d of [a1, b1, a2]) await p.deliveries.markDead(required(d).id, 3, 'Error: broken');
      await p.deliveries.complete(required(b2).id, 1);
      const revivedA = await p.deliveries.retryDead({ handler: A });
      expect(ids(revivedA)).toEqual(ids([required(a1), required(a2)]));
      expect(revivedA.every((d) => d.status === 'pending' && d.attempts === 0 && d.finishedAt === undefined)).toBe(
        true,
      );
      expect(ids(await p.deliveries.list({ status: 'dead' }))).toEqual(ids([required(b1)]));
      expect(ids(await p.deliveries.retryDead())).toEqual(ids([required(b1)]));
      expect(await p.deliveries.retryDead()).toEqual([]);
      expect(ids(await p.deliveries.list({ status: 'completed' }))).toEqual(ids([required(b2)]));
      expect(ids(await p.deliveries.list({ status: 'pending' }))).toEqual(
        ids([required(a1), required(b1), required(a2)]),
      );
    });

    it('a batch of events that no handler subscribes to is accepted', async () => {
      const p = persistence();
      await p.transactions.run((tx) =>
        p.outbox.append(tx, { events: sampleAccount().getUncommittedEvents(), deliveries: [] }),
      );
      expect(await p.deliveries.list()).toEqual([]);
    });
  });
}

/** One pending delivery per handler per event, in event order, as a unit of work builds them. */
function batchFor(events: readonly DomainEvent[], handlers: readonly string[]) {
  const availableAt = new Date();
  const deliveries = events.flatMap((event) =>
    handlers.map((handler): Delivery => ({
      id: randomUUID(),
      event,
      handler,
      status: 'pending',
      attempts: 0,
      availableAt,
    })),
  );
  return { events, deliveries };
}

async function append(p: Persistence, events: readonly DomainEvent[], handlers: readonly string[]) {
  const batch = batchFor(events, handlers);
  await p.transactions.run((tx) => p.outbox.append(tx, batch));
  return batch.deliveries;
}

function ids(deliveries: readonly Delivery[]): string[] {
  return deliveries.map((d) => d.id);
}

function required<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('The contract fixture is missing an expected value.');
  return value;
}
