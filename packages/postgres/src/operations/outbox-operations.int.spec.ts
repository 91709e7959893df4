import { expect } from '@jest/globals';
import { HandlesEvent, type DomainEventHandler } from '@glia/core';
import { bank, OpenAccount } from '../../test/support/bank.js';
import { AccountOpened } from '../../test/support/fixtures.js';
import { eventually } from '../../test/support/eventually.js';
import { describeDrivers } from '../../test/support/test-database.js';

@HandlesEvent(AccountOpened, { name: 'ops-spec.broken', retry: { maxAttempts: 1 } })
class Broken implements DomainEventHandler<AccountOpened> {
  async handle(): Promise<void> {
    throw new Error('always broken');
  }
}

@HandlesEvent(AccountOpened, { name: 'ops-spec.fine' })
class Fine implements DomainEventHandler<AccountOpened> {
  async handle(): Promise<void> {}
}

@HandlesEvent(AccountOpened, { name: 'ops-spec.absent' })
class Absent implements DomainEventHandler<AccountOpened> {
  async handle(): Promise<void> {}
}

describeDrivers('OutboxOperations', (db, test) => {
  test('reports pending, failed and dead deliveries per handler, retries the dead, and purges in batches', async () => {
    // A writer knows all three handlers; the worker process runs two, so 'absent' stays pending.
    const writer = await bank(db.persistence({ worker: false }), { eventHandlers: [Broken, Fine, Absent] });
    for (let i = 0; i < 5; i += 1) await writer.mediator.send(OpenAccount, { id: `ops-${i}`, owner: 'x' });
    await writer.close();
    const persistence = db.persistence();
    const glia = await bank(persistence, { eventHandlers: [Broken, Fine] });
    const ops = persistence.operations;
    await eventually(async () => {
      const stats = await ops.stats();
      const dead = stats.find((s) => s.handler === 'ops-spec.broken')?.dead === 5;
      return dead && stats.find((s) => s.handler === 'ops-spec.fine')?.completed === 5;
    }, 10_000);
    const stats = await ops.stats();
    const byName = Object.fromEntries(stats.map((s) => [s.handler, s]));
    expect(byName['ops-spec.broken']).toMatchObject({ pending: 0, dead: 5, completed: 0 });
    expect(byName['ops-spec.fine']).toMatchObject({ pending: 0, dead: 0, completed: 5 });
    expect(byName['ops-spec.absent']).toMatchObject({ pending: 5, dead: 0 });
    expect(byName['ops-spec.absent']?.oldestPendingAgeMs).toBeGreaterThanOrEqual(0);
    const dead = await ops.dead({ handler: 'ops-spec.broken' });
    expect(dead.map((d) => d.lastError)).toEqual(Array(5).fill('Error: always broken'));

    const revived = await ops.retryDead({ handler: 'ops-spec.broken', limit: 2 });
    expect(revived).toHaveLength(2);
    expect(revived.every((d) => d.status === 'pending' && d.attempts === 0)).toBe(true);
    await glia.close();

    const purged = await ops.purge({ olderThanMs: -60_000, batchSize: 2 });
    expect(purged.deliveries).toBe(5);
    expect(await db.count('deliveries', "handler = 'ops-spec.fine'")).toBe(0);
    expect(purged.events).toBe(0);
  });
});
