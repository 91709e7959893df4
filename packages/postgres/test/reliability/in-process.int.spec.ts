import { expect } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { inject } from 'inversify';
import {
  ConcurrencyError,
  DuplicateMessageError,
  HandlesEvent,
  repositoryToken,
  type DeliveryFailure,
  type DomainEventHandler,
  type Repository,
} from '@glia/core';
import { bank, Deposit, OpenAccount, Seen } from '../support/bank.js';
import { eventually } from '../support/eventually.js';
import { Account, AccountOpened, Deposited } from '../support/fixtures.js';
import { describeDrivers } from '../support/test-database.js';

@HandlesEvent(AccountOpened, Deposited, { name: 'rel.recorder' })
class Recorder implements DomainEventHandler<AccountOpened | Deposited> {
  constructor(@inject(Seen) private readonly seen: Seen) {}
  async handle(event: AccountOpened | Deposited): Promise<void> {
    this.seen.lines.push(`${event.aggregateId}@${event.aggregateVersion}`);
  }
}

@HandlesEvent(AccountOpened, {
  name: 'rel.always-fails',
  retry: { maxAttempts: 3, initialDelayMs: 150, factor: 1, jitter: 0 },
})
class AlwaysFails implements DomainEventHandler<AccountOpened> {
  async handle(event: AccountOpened): Promise<void> {
    throw new Error(`cannot handle ${event.aggregateId}`);
  }
}

const accounts = repositoryToken(Account) as never;

describeDrivers('reliability (in process)', (db, test) => {
  test('1. a commit that throws after the outbox insert leaves no row, event or delivery and dispatches nothing (1,000 times)', async () => {
    const glia = await bank(db.persistence(), { eventHandlers: [Recorder] });
    let failed = 0;
    for (let i = 0; i < 1000; i += 1) {
      const scope = glia.openScope();
      scope.get<Repository<Account>>(accounts).add(Account.open(`r1-${i}`, 'x'));
      scope.unitOfWork.enlist(async () => {
        throw new Error('boom after the outbox insert');
      });
      await scope.unitOfWork.commit().catch(() => (failed += 1));
    }
    await glia.mediator.send(OpenAccount, { id: 'r1-control', owner: 'x' });
    await glia.drain();
    const rows = await db.count('aggregates', "aggregate_id LIKE 'r1-%' AND aggregate_id <> 'r1-control'");
    const events = await db.count('outbox_events', "aggregate_id LIKE 'r1-%' AND aggregate_id <> 'r1-control'");
    const deliveries = await db.count(
      'deliveries d JOIN "' + db.schema + '".outbox_events e USING (event_id)',
      "e.aggregate_id LIKE 'r1-%' AND e.aggregate_id <> 'r1-control'",
    );
    const dispatched = glia.container.get(Seen).lines.filter((l) => l !== 'r1-control@1').length;
    console.log(
      `[${db.name}] test 1: ${failed} failed commits; rows=${rows} events=${events} deliveries=${deliveries} dispatched=${dispatched}`,
    );
    expect({ failed, rows, events, deliveries, dispatched }).toEqual({
      failed: 1000,
      rows: 0,
      events: 0,
      deliveries: 0,
      dispatched: 0,
    });
    expect(glia.container.get(Seen).lines).toEqual(['r1-control@1']);
    await glia.close();
  }, 60_000);

  test('5. 50 concurrent commands on one aggregate: one winner per version, the rest ConcurrencyError, no lost update', async () => {
    const glia = await bank(db.persistence({ worker: false }));
    await glia.mediator.send(OpenAccount, { id: 'r5', owner: 'x' });
    const amounts = Array.from({ length: 50 }, (_, i) => `${i + 1}.00`);
    const results = await Promise.allSettled(
      amounts.map((amount) => glia.mediator.send(Deposit, { id: 'r5', amount })),
    );
    const winners = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    const losers = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    // The losers retry until every deposit is in: no update may be lost.
    let retries = 0;
    const pending = amounts.filter((_, i) => results[i]?.status === 'rejected');
    for (const amount of pending) {
      for (;;) {
        try {
          await glia.mediator.send(Deposit, { id: 'r5', amount });
          break;
        } catch (error) {
          if (!ConcurrencyError.is(error)) throw error;
          retries += 1;
        }
      }
    }
    const versions = await db.driver.query<{ v: number }>(
      `SELECT aggregate_version AS v FROM "${db.schema}".outbox_events WHERE aggregate_id = 'r5' ORDER BY aggregate_version`,
    );
    const account = await glia.openScope().get<Repository<Account>>(accounts).get('r5');
    console.log(
      `[${db.name}] test 5: ${winners.length} winners, ${losers.length} ConcurrencyError, ${retries} further conflicts on retry; final version ${account.version}`,
    );
    expect(winners.length).toBeGreaterThanOrEqual(1);
    expect(new Set(winners).size).toBe(winners.length);
    expect(losers.every((e) => ConcurrencyError.is(e))).toBe(true);
    expect(versions.map((r) => Number(r.v))).toEqual(Array.from({ length: 51 }, (_, i) => i + 1));
    expect(account.version).toBe(51);
    expect(account.balance.amount).toBe('1275.00');
    await glia.close();
  }, 60_000);

  test('6. an always-failing handler is dead after exactly N attempts with its error, without blocking the others', async () => {
    const glia = await bank(db.persistence({ worker: { pollIntervalMs: 50 } }), {
      eventHandlers: [Recorder, AlwaysFails],
    });
    const failures: DeliveryFailure[] = [];
    glia.onDeliveryFailure((f) => failures.push(f));
    const ids = Array.from({ length: 20 }, (_, i) => `r6-${i}`);
    for (const id of ids) await glia.mediator.send(OpenAccount, { id, owner: 'x' });
    const seen = glia.container.get(Seen);
    await eventually(() => ids.every((id) => seen.lines.includes(`${id}@1`)), 20_000, 'the other handler');
    const stillTrying = await db.count('deliveries', "handler = 'rel.always-fails' AND status = 'pending'");
    await glia.drain();
    const dead = await db.persistence({ worker: false }).deliveries.list({ handler: 'rel.always-fails' });
    const completed = await db.count(
      'deliveries',
      "handler = 'rel.recorder' AND status = 'completed' AND id IN (SELECT d.id FROM \"" +
        db.schema +
        '".deliveries d JOIN "' +
        db.schema +
        "\".outbox_events e USING (event_id) WHERE e.aggregate_id LIKE 'r6-%')",
    );
    console.log(
      `[${db.name}] test 6: others completed ${completed}/20 while ${stillTrying} failing deliveries were still retrying; dead ${dead.filter((d) => d.status === 'dead').length}/20; failures reported ${failures.length}`,
    );
    expect(stillTrying).toBeGreaterThan(0);
    expect(completed).toBe(20);
    expect(dead).toHaveLength(20);
    for (const delivery of dead) {
      expect(delivery).toMatchObject({ status: 'dead', attempts: 3 });
      expect(delivery.lastError).toBe(`Error: cannot handle ${delivery.event.aggregateId}`);
    }
    expect(failures).toHaveLength(60);
    expect(failures.filter((f) => !f.willRetry).map((f) => f.attempt)).toEqual(Array(20).fill(3));
    await glia.close();
  }, 60_000);

  test('7. the same message id delivered three times concurrently to an inbox consumer has one effect', async () => {
    const persistence = db.persistence({ worker: false });
    const glia = await bank(persistence);
    let effects = 0;
    let duplicates = 0;
    for (let m = 0; m < 30; m += 1) {
      const messageId = randomUUID();
      const outcomes = await Promise.allSettled(
        [1, 2, 3].map(async () => {
          const scope = glia.openScope();
          scope.get<Repository<Account>>(accounts).add(Account.open(`r7-${randomUUID()}`, messageId));
          persistence.inbox.enlist(scope.unitOfWork, 'rel.consumer', messageId);
          await scope.unitOfWork.commit();
        }),
      );
      effects += outcomes.filter((o) => o.status === 'fulfilled').length;
      duplicates += outcomes.filter((o) => o.status === 'rejected' && DuplicateMessageError.is(o.reason)).length;
    }
    const rows = await db.count('aggregates', "aggregate_id LIKE 'r7-%'");
    console.log(
      `[${db.name}] test 7: 30 messages x 3 concurrent deliveries: ${effects} effects, ${duplicates} duplicates refused, ${rows} rows`,
    );
    expect({ effects, duplicates, rows }).toEqual({ effects: 30, duplicates: 60, rows: 30 });
    await glia.close();
  }, 60_000);

  test('8. two transactions that commit out of order are both delivered: nothing is skipped', async () => {
    if (db.name === 'pglite') {
      console.log(
        '[pglite] test 8: PGlite runs one transaction at a time, so commits cannot interleave; covered on pg',
      );
      return;
    }
    const glia = await bank(db.persistence(), { eventHandlers: [Recorder] });
    const seen = glia.container.get(Seen);
    let release: () => void = () => undefined;
    let inserted: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const insertedEarly = new Promise<void>((resolve) => (inserted = resolve));
    const early = glia.openScope();
    early.get<Repository<Account>>(accounts).add(Account.open('r8-early', 'x'));
    early.unitOfWork.enlist(async () => {
      inserted();
      await gate;
    });
    const earlyCommit = early.unitOfWork.commit();
    await insertedEarly;
    await glia.mediator.send(OpenAccount, { id: 'r8-late', owner: 'x' });
    await eventually(() => seen.lines.includes('r8-late@1'), 10_000, 'the later commit');
    release();
    await earlyCommit;
    await glia.drain();
    const seqs = await db.driver.query<{ id: string; seq: string }>(
      `SELECT e.aggregate_id AS id, d.seq::text AS seq FROM "${db.schema}".deliveries d
       JOIN "${db.schema}".outbox_events e USING (event_id) WHERE e.aggregate_id LIKE 'r8-%' ORDER BY d.seq`,
    );
    console.log(
      `[pg] test 8: insert order ${seqs.map((s) => s.id).join(', ')}; delivered ${seen.lines.filter((l) => l.startsWith('r8-')).join(', ')}`,
    );
    expect(seqs.map((s) => s.id)).toEqual(['r8-early', 'r8-late']);
    expect(seen.lines.filter((l) => l.startsWith('r8-'))).toEqual(['r8-late@1', 'r8-early@1']);
    await glia.close();
  }, 60_000);
});
