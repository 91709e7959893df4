import { expect } from '@jest/globals';
import {
  RelayRunner,
  silentLogger,
  type CloudEvent,
  type IntegrationEventPublisher,
  type PublishResult,
} from '@glia/core';
import { PostgresTransactionManager } from '../postgres-transaction.js';
import { describeDrivers } from '../../test/support/test-database.js';

const event = (n: number, subject = 'oven-1'): CloudEvent => ({
  specversion: '1.0',
  id: `relay-${n}-${Math.random().toString(36).slice(2)}`,
  source: '/kitchen',
  type: 'com.mariopizzeria.pizza.baked.v1',
  subject,
  data: { n },
});

/** Publishes into a list; `returns` names the events the "broker" returns as unroutable. */
class ListPublisher implements IntegrationEventPublisher {
  readonly received: CloudEvent[] = [];
  private waiters: Array<{ count: number; resolve: () => void }> = [];
  constructor(private readonly returns: (event: CloudEvent) => boolean = () => false) {}
  async publish(events: readonly CloudEvent[]): Promise<readonly PublishResult[]> {
    const results = events.map((e): PublishResult => {
      if (this.returns(e)) return { id: e.id, outcome: 'returned', reason: 'no queue' };
      this.received.push(e);
      return { id: e.id, outcome: 'confirmed' };
    });
    this.waiters = this.waiters.filter((w) => (this.received.length >= w.count ? (w.resolve(), false) : true));
    return results;
  }
  /** Resolves once `count` events were confirmed. */
  until(count: number): Promise<void> {
    if (this.received.length >= count) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ count, resolve }));
  }
}

describeDrivers('the relay on PostgresOutbox', (db, test) => {
  /** Commits `events` in one transaction, as a unit of work would. */
  async function commit(events: readonly CloudEvent[]): Promise<void> {
    const outbox = db.persistence({ worker: false }).outbox;
    await new PostgresTransactionManager(db.driver).run((tx) =>
      outbox.append(tx, { events: [], deliveries: [], messages: events }),
    );
  }

  test('is woken by the commit (NOTIFY), with polling out of the way', async () => {
    const store = db.persistence({ worker: false }).outbox;
    await store.markMessagesSent((await store.pendingMessages(10_000)).map((e) => e.id));
    const publisher = new ListPublisher();
    const relay = new RelayRunner(store, publisher, { pollIntervalMs: 600_000, logger: silentLogger }).start();
    await relay.idle();
    const sent = [event(1), event(2), event(3)];
    await commit(sent);
    await publisher.until(3);
    await relay.idle();
    expect(publisher.received.map((e) => e.id)).toEqual(sent.map((e) => e.id));
    expect(await store.pendingMessages(10)).toEqual([]);
    await relay.close();
  });

  test('lets one relay publish at a time; a standby takes over when it closes', async () => {
    const store = db.persistence({ worker: false }).outbox;
    const [a, b] = [new ListPublisher(), new ListPublisher()];
    const first = new RelayRunner(store, a, { relayId: 'relay-a', name: 'shared', pollIntervalMs: 50 }).start();
    await first.idle();
    const second = new RelayRunner(store, b, { relayId: 'relay-b', name: 'shared', pollIntervalMs: 50 }).start();
    const batch = Array.from({ length: 50 }, (_, n) => event(n, `oven-${n % 5}`));
    await commit(batch);
    await a.until(50);
    await first.close();
    const later = [event(100), event(101)];
    await commit(later);
    await b.until(2);
    await second.close();
    console.log(`[${db.name}] relay a published ${a.received.length}, standby b ${b.received.length} after a closed`);
    expect(a.received.map((e) => e.id)).toEqual(batch.map((e) => e.id));
    expect(b.received.map((e) => e.id)).toEqual(later.map((e) => e.id));
  });

  test('defers a returned event: it stays pending, is reported once and is not retried in a hot loop', async () => {
    const store = db.persistence({ worker: false }).outbox;
    const reported: string[] = [];
    const unroutable = event(1, 'nobody');
    const publisher = new ListPublisher((e) => e.id === unroutable.id);
    let tries = 0;
    const counting: IntegrationEventPublisher = {
      publish: (events) => {
        tries += events.filter((e) => e.id === unroutable.id).length;
        return publisher.publish(events);
      },
    };
    const relay = new RelayRunner(store, counting, {
      name: 'deferring',
      pollIntervalMs: 20,
      onUndelivered: (r) => reported.push(`${r.id}:${r.outcome}`),
    }).start();
    await relay.idle();
    const before = publisher.received.length;
    await commit([unroutable, event(2, 'nobody')]);
    await publisher.until(before + 1);
    for (let pass = 0; pass < 5; pass += 1) await relay.idle();
    await relay.close();
    expect(tries).toBe(1);
    expect(reported).toEqual([`${unroutable.id}:returned`]);
    const [row] = await db.driver.query<{ attempts: number; deferred: boolean; last_error: string }>(
      `SELECT attempts, available_at > now() AS deferred, last_error FROM "${db.schema}".outbox_messages WHERE id = $1`,
      [unroutable.id],
    );
    expect(row).toEqual({ attempts: 1, deferred: true, last_error: 'no queue' });
  });

  test('parks events the receiver rejects for good, so more of them than a batch never block the relay', async () => {
    const store = db.persistence({ worker: false }).outbox;
    const poison = Array.from({ length: 5 }, (_, n) => event(200 + n, 'poison'));
    const good = [event(300), event(301), event(302)];
    const received: string[] = [];
    const rejecting: IntegrationEventPublisher = {
      publish: async (events) =>
        events.map((e): PublishResult => {
          if (poison.some((p) => p.id === e.id)) return { id: e.id, outcome: 'rejected', reason: 'HTTP 422: bad' };
          received.push(e.id);
          return { id: e.id, outcome: 'confirmed' };
        }),
    };
    const relay = new RelayRunner(store, rejecting, { name: 'parking', batchSize: 2, pollIntervalMs: 600_000 });
    relay.start();
    await relay.idle();
    received.length = 0;
    await commit([...poison, ...good]);
    await relay.idle();
    await relay.close();
    expect(received).toEqual(good.map((e) => e.id));
    expect(relay.stats).toMatchObject({ rejected: 5 });
    const parked = await db.driver.query<{ id: string; parked: boolean; last_error: string }>(
      `SELECT id, available_at = 'infinity' AS parked, last_error FROM "${db.schema}".outbox_messages
       WHERE sent_at IS NULL AND message->>'subject' = 'poison' ORDER BY position`,
    );
    expect(parked).toEqual(poison.map((e) => ({ id: e.id, parked: true, last_error: 'HTTP 422: bad' })));
    expect(await store.pendingMessages(10)).toEqual([]);

    // An operator fixes the receiver and re-drives two of them: only those are due again.
    const operations = db.persistence({ worker: false }).operations;
    expect((await operations.parked()).map((m) => [m.id, m.reason, m.subject])).toEqual(
      poison.map((e) => [e.id, 'HTTP 422: bad', 'poison']),
    );
    const [first, second] = poison;
    expect(await operations.retryParked([first?.id ?? '', second?.id ?? ''])).toBe(2);
    expect((await store.pendingMessages(10)).map((e) => e.id)).toEqual([first?.id, second?.id]);
    expect(await operations.parked()).toHaveLength(3);
    expect(await operations.retryParked()).toBe(3);
    expect(await operations.parked()).toEqual([]);
  });
});
