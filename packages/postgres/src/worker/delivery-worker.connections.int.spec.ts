import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { inject } from 'inversify';
import { HandlesEvent, type DomainEventHandler } from '@glia/core';
import { PgDriver } from '../driver/pg-driver.js';
import { PostgresPersistence } from '../postgres-persistence.js';
import { bank, OpenAccount, Seen } from '../../test/support/bank.js';
import { eventually } from '../../test/support/eventually.js';
import { AccountOpened } from '../../test/support/fixtures.js';
import { databaseUrl, TestDatabase } from '../../test/support/test-database.js';

@HandlesEvent(AccountOpened, { name: 'worker-connections-spec.greeter' })
class Greeter implements DomainEventHandler<AccountOpened> {
  constructor(@inject(Seen) private readonly seen: Seen) {}
  async handle(event: AccountOpened): Promise<void> {
    this.seen.lines.push(`${event.aggregateId}: opened`);
  }
}

// What only a server shows: several connections, and connections that can be killed.
describe('DeliveryWorker connections [pg]', () => {
  const db = new TestDatabase('pg');
  beforeAll(() => db.open(), 30_000);
  afterAll(() => db.close(), 30_000);

  it('claims, runs and completes deliveries on connections of its own while the application pool is taken', async () => {
    if (!db.available) return;
    const writer = await bank(db.persistence({ worker: false }), { eventHandlers: [Greeter] });
    await writer.mediator.send(OpenAccount, { id: 'c-1', owner: 'Ed' });
    await writer.close();
    const driver = new PgDriver({ connectionString: databaseUrl, max: 2 });
    const held = await Promise.all([driver.pool.connect(), driver.pool.connect()]);
    const persistence = new PostgresPersistence({
      driver,
      schema: db.schema,
      migrate: false,
      worker: { pollIntervalMs: 50 },
    });
    const reader = await bank(persistence, { eventHandlers: [Greeter] });
    try {
      await eventually(
        async () =>
          (await db.count('deliveries', "handler LIKE 'worker-connections-spec.%' AND status = 'pending'")) === 0,
        5_000,
        'the delivery to complete',
      );
      expect(reader.container.get(Seen).lines).toEqual(['c-1: opened']);
    } finally {
      for (const client of held) client.release();
    }
    await reader.close();
  });

  it('is woken by NOTIFY again after its listening connection was terminated', async () => {
    if (!db.available) return;
    // The reader polls once a minute: only a notification can bring the event within the test's time.
    const persistence = db.persistence({ worker: { pollIntervalMs: 60_000 } });
    const reader = await bank(persistence, { eventHandlers: [Greeter] });
    const listening = async (): Promise<number[]> =>
      (
        await db.driver.query<{ pid: number }>(
          "SELECT pid FROM pg_stat_activity WHERE application_name = 'glia-listen' AND query = $1",
          [`LISTEN "${persistence.channel}"`],
        )
      ).map((r) => Number(r.pid));
    await eventually(async () => (await listening()).length === 1, 5_000, 'the worker to listen');
    const [before] = await listening();
    await db.driver.query('SELECT pg_terminate_backend($1)', [before]);
    await eventually(
      async () => {
        const now = await listening();
        return now.length === 1 && now[0] !== before;
      },
      10_000,
      'the worker to listen again',
    );

    const writer = await bank(db.persistence({ worker: false }), { eventHandlers: [Greeter] });
    await writer.mediator.send(OpenAccount, { id: 'c-2', owner: 'Flo' });
    await eventually(() => reader.container.get(Seen).lines.includes('c-2: opened'), 5_000, 'the notified worker');
    await writer.close();
    await reader.close();
  });
});
