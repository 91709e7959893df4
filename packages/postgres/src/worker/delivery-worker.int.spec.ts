import { expect } from '@jest/globals';
import { inject } from 'inversify';
import { HandlesEvent, UnitOfWork, type DomainEventHandler } from '@glia/core';
import { PostgresTransaction } from '../postgres-transaction.js';
import { DeliveryClaims } from './delivery-claims.js';
import { LeaseLostError } from './lease-lost.error.js';
import { bank, Deposit, OpenAccount, Seen } from '../../test/support/bank.js';
import { eventually } from '../../test/support/eventually.js';
import { AccountOpened, Deposited } from '../../test/support/fixtures.js';
import { describeDrivers } from '../../test/support/test-database.js';

@HandlesEvent(AccountOpened, Deposited, { name: 'worker-spec.journal' })
class Journal implements DomainEventHandler<AccountOpened | Deposited> {
  constructor(@inject(Seen) private readonly seen: Seen) {}
  async handle(event: AccountOpened | Deposited): Promise<void> {
    const what = event instanceof Deposited ? `deposit ${event.amount} at ${event.at.toISOString()}` : 'opened';
    this.seen.lines.push(`${event.aggregateId}@${event.aggregateVersion}: ${what}`);
  }
}

@HandlesEvent(Deposited, { name: 'worker-spec.ledger' })
class Ledger implements DomainEventHandler<Deposited> {
  constructor(@inject(UnitOfWork) private readonly unitOfWork: UnitOfWork) {}
  async handle(event: Deposited): Promise<void> {
    this.unitOfWork.enlist(async (tx) => {
      await PostgresTransaction.from(tx).query('CREATE TABLE IF NOT EXISTS worker_spec_ledger (event_id text)');
      await PostgresTransaction.from(tx).query('INSERT INTO worker_spec_ledger VALUES ($1)', [event.eventId]);
    });
  }
}

describeDrivers('DeliveryWorker', (db, test) => {
  test('delivers committed events to every handler in order, with dates restored, and completes the records', async () => {
    const persistence = db.persistence();
    const glia = await bank(persistence, { eventHandlers: [Journal, Ledger] });
    await glia.mediator.send(OpenAccount, { id: 'w-1', owner: 'Ada' });
    await glia.mediator.send(Deposit, { id: 'w-1', amount: '1.50', at: new Date('2024-01-02T03:04:05.006Z') });
    await glia.mediator.send(Deposit, { id: 'w-1', amount: '2.00', at: new Date(7) });
    await glia.drain();
    expect(glia.container.get(Seen).lines).toEqual([
      'w-1@1: opened',
      'w-1@2: deposit 1.50 at 2024-01-02T03:04:05.006Z',
      'w-1@3: deposit 2.00 at 1970-01-01T00:00:00.007Z',
    ]);
    expect(await db.count('deliveries', "handler LIKE 'worker-spec.%' AND status = 'completed'")).toBe(5);
    expect(await db.count('deliveries', "handler LIKE 'worker-spec.%' AND status <> 'completed'")).toBe(0);
    const ledger = await db.driver.query('SELECT * FROM worker_spec_ledger');
    expect(ledger).toHaveLength(2);
    await db.driver.exec('DROP TABLE worker_spec_ledger');
    await glia.close();
  });

  test('picks up deliveries committed by a process that stopped before delivering them', async () => {
    const writer = await bank(db.persistence({ worker: false }), { eventHandlers: [Journal, Ledger] });
    await writer.mediator.send(OpenAccount, { id: 'w-2', owner: 'Bob' });
    await writer.close();
    expect(await db.count('deliveries', "handler = 'worker-spec.journal' AND status = 'pending'")).toBe(1);

    const reader = await bank(db.persistence(), { eventHandlers: [Journal] });
    await eventually(
      async () => (await db.count('deliveries', "handler = 'worker-spec.journal' AND status = 'pending'")) === 0,
      4_000,
      'the recovered delivery',
    );
    expect(reader.container.get(Seen).lines).toEqual(['w-2@1: opened']);
    await reader.close();
  });

  test('is woken by the NOTIFY of a commit made elsewhere, without waiting for its poll', async () => {
    // The reader polls once a minute: only the notification can bring the event within the test's time.
    const reader = await bank(db.persistence({ worker: { pollIntervalMs: 60_000 } }), { eventHandlers: [Journal] });
    const seen = reader.container.get(Seen);
    const writer = await bank(db.persistence({ worker: false }), { eventHandlers: [Journal] });
    await writer.mediator.send(OpenAccount, { id: 'w-3', owner: 'Cy' });
    await eventually(() => seen.lines.includes('w-3@1: opened'), 4_000, 'the notified worker');
    expect(seen.lines).toContain('w-3@1: opened');
    await writer.close();
    await reader.close();
  });

  test('claims a delivery again once the lease of a worker that vanished expires; the old lease cannot complete', async () => {
    const writer = await bank(db.persistence({ worker: false }), { eventHandlers: [Journal] });
    await writer.mediator.send(OpenAccount, { id: 'w-4', owner: 'Di' });
    await writer.close();
    const claims = new DeliveryClaims(db.driver, `"${db.schema}"`);
    const [stale] = await claims.claim(['worker-spec.journal'], 1, 'vanished-worker', 100);
    expect(stale?.aggregate_id).toBe('w-4');

    const reader = await bank(db.persistence({ worker: { pollIntervalMs: 50 } }), { eventHandlers: [Journal] });
    const seen = reader.container.get(Seen);
    await eventually(
      async () => (await db.count('deliveries', "id = $1 AND status = 'completed'", [stale?.id])) === 1,
      4_000,
      'the reclaimed delivery',
    );
    expect(seen.lines).toContain('w-4@1: opened');
    const late = db.driver.transaction((client) => claims.complete(client, stale?.id ?? '', 'vanished-worker'));
    await expect(late).rejects.toBeInstanceOf(LeaseLostError);
    const [row] = await db.driver.query<{ attempts: number; status: string }>(
      `SELECT attempts, status FROM "${db.schema}".deliveries WHERE id = $1`,
      [stale?.id],
    );
    expect(row).toEqual({ attempts: 2, status: 'completed' });
    await reader.close();
  });
});
