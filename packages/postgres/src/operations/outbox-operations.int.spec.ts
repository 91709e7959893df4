import { expect } from '@jest/globals';
import { HandlesEvent, type CloudEvent, type DomainEventHandler } from '@glia/core';
import { PostgresTransactionManager } from '../postgres-transaction.js';
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

const message = (id: string): CloudEvent => ({
  specversion: '1.0',
  id,
  source: '/bank',
  type: 'com.example.bank.account.opened.v1',
  data: { id },
});

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

  test('purges sent integration events in batches, never unsent ones, and keeps the events deliveries still need', async () => {
    const persistence = db.persistence({ worker: false });
    const { outbox, operations: ops } = persistence;
    const sent = Array.from({ length: 5 }, (_, n) => message(`purge-sent-${n}`));
    const unsent = [message('purge-unsent-0'), message('purge-unsent-1')];
    // A domain event no handler subscribes to (only its integration events need anything), and one
    // whose delivery is still pending.
    const opened = new AccountOpened('nobody', new Date());
    const awaited = new AccountOpened('someone', new Date());
    const delivery = {
      id: `purge-delivery-${awaited.eventId}`,
      event: awaited,
      handler: 'ops-spec.nobody-runs-it',
      status: 'pending' as const,
      attempts: 0,
      availableAt: new Date(),
    };
    await new PostgresTransactionManager(db.driver).run((tx) =>
      outbox.append(tx, { events: [opened, awaited], deliveries: [delivery], messages: [...sent, ...unsent] }),
    );
    await outbox.markMessagesSent(sent.map((m) => m.id));
    const ours = "id LIKE 'purge-%'";

    const recent = await ops.purge({ olderThanMs: 60_000 });
    expect(recent).toMatchObject({ messages: 0, events: 0 });
    expect(await db.count('outbox_messages', ours)).toBe(7);

    const purged = await ops.purge({ olderThanMs: -60_000, batchSize: 2 });
    expect(purged.messages).toBe(5);
    expect(await db.count('outbox_messages', ours)).toBe(2);
    const pending = await outbox.pendingMessages(1_000);
    expect(pending.map((m) => m.id).filter((id) => id.startsWith('purge-'))).toEqual(unsent.map((m) => m.id));
    // The relay reads integration events from their own table: the domain event goes with the window.
    expect(purged.events).toBe(1);
    expect(await db.count('outbox_events', 'event_id = $1', [opened.eventId])).toBe(0);
    // An event whose delivery is pending (or dead) stays, whatever its age.
    expect(await db.count('outbox_events', 'event_id = $1', [awaited.eventId])).toBe(1);
  });

  test('counts unsent integration events as due, deferred and parked, and ages the oldest one still owed', async () => {
    const { outbox, operations: ops } = db.persistence({ worker: false });
    // A clean slate: earlier tests of this file leave unsent events in the schema.
    await db.driver.query(`UPDATE "${db.schema}".outbox_messages SET sent_at = now() WHERE sent_at IS NULL`);
    expect(await ops.messageStats()).toEqual({ due: 0, deferred: 0, parked: 0 });

    const [sent, due, returned, rejected] = ['stats-sent', 'stats-due', 'stats-returned', 'stats-rejected'] as const;
    await new PostgresTransactionManager(db.driver).run((tx) =>
      outbox.append(tx, { events: [], deliveries: [], messages: [sent, due, returned, rejected].map(message) }),
    );
    await outbox.markMessagesSent([sent]);
    await outbox.deferMessages([returned], 'no queue', 60_000, 60_000);
    await outbox.parkMessages([{ id: rejected, reason: 'HTTP 422: bad' }]);
    // The due one was recorded an hour ago: the oldest unsent age follows it.
    await db.driver.query(
      `UPDATE "${db.schema}".outbox_messages SET recorded_at = now() - interval '1 hour' WHERE id = $1`,
      [due],
    );
    const stats = await ops.messageStats();
    expect(stats).toMatchObject({ due: 1, deferred: 1, parked: 1 });
    expect(stats.oldestUnsentAgeMs).toBeGreaterThanOrEqual(3_600_000);

    // Parked events are not the relay's lag: with only them left, there is no oldest unsent age.
    await outbox.markMessagesSent([due, returned]);
    expect(await ops.messageStats()).toEqual({ due: 0, deferred: 0, parked: 1 });
    expect(await ops.retryParked()).toBe(1);
    expect(await ops.messageStats()).toMatchObject({ due: 1, deferred: 0, parked: 0 });
  });
});
