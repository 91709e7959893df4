import { describe, expect, it } from '@jest/globals';
import { z } from 'zod';
import {
  InMemoryInbox,
  InMemoryOutbox,
  InMemoryTransaction,
  InMemoryTransactionManager,
  InProcessIntegrationPublisher,
  IntegrationEventReceiver,
  IntegrationEventRouter,
  OutboxRelay,
  defineIntegrationEvent,
  type CloudEvent,
  type IntegrationEventPublisher,
  type PublishResult,
} from '../index.js';

const Baked = defineIntegrationEvent({
  type: 'com.mariopizzeria.pizza.baked.v1',
  source: '/kitchen',
  schema: z.object({ pizza: z.string() }),
});

const event = (n: number, type = Baked.type): CloudEvent => ({
  specversion: '1.0',
  id: `e-${n}`,
  source: '/kitchen',
  type,
  subject: 'oven-1',
  data: { pizza: `p-${n}` },
});

async function outboxWith(events: readonly CloudEvent[]): Promise<InMemoryOutbox> {
  const outbox = new InMemoryOutbox();
  const tx = new InMemoryTransaction();
  await outbox.append(tx, { events: [], deliveries: [], messages: events });
  tx.commit();
  return outbox;
}

describe('OutboxRelay with the in-process publisher', () => {
  it('delivers each pending event once, in order, and marks it sent', async () => {
    const received: string[] = [];
    const inbox = new InMemoryInbox();
    const receiver = new IntegrationEventReceiver({
      name: 'kitchen-display',
      router: new IntegrationEventRouter().on(Baked, ({ pizza }) => void received.push(pizza)),
      inbox,
      transactions: new InMemoryTransactionManager(),
    });
    const outbox = await outboxWith([event(1), event(2), event(3)]);
    const relay = new OutboxRelay(outbox, new InProcessIntegrationPublisher([receiver]), { batchSize: 2 });
    expect(await relay.relayAll()).toMatchObject({ confirmed: 3, returned: 0, failed: 0 });
    expect(received).toEqual(['p-1', 'p-2', 'p-3']);
    expect(await outbox.pendingMessages(10)).toEqual([]);
    expect(await receiver.receive(event(2))).toBe('duplicate');
    expect(received).toEqual(['p-1', 'p-2', 'p-3']);
  });

  it('keeps an event nobody receives pending and reports it as returned', async () => {
    const reported: string[] = [];
    const outbox = await outboxWith([event(1, 'com.example.nobody.v1')]);
    const relay = new OutboxRelay(outbox, new InProcessIntegrationPublisher([]), {
      onUndelivered: (r) => reported.push(`${r.id}:${r.outcome}`),
    });
    expect(await relay.relayOnce()).toMatchObject({ confirmed: 0, returned: 1 });
    expect(reported).toEqual(['e-1:returned']);
    expect((await outbox.pendingMessages(10)).map((m) => m.id)).toEqual(['e-1']);
  });

  it('keeps an event whose handler failed pending, and handles it on the next pass', async () => {
    let failures = 1;
    const receiver = new IntegrationEventReceiver({
      name: 'flaky',
      router: new IntegrationEventRouter().on(Baked, () => {
        if (failures-- > 0) throw new Error('oven offline');
      }),
    });
    const outbox = await outboxWith([event(1)]);
    const relay = new OutboxRelay(outbox, new InProcessIntegrationPublisher([receiver]));
    expect(await relay.relayOnce()).toMatchObject({ failed: 1 });
    expect(await relay.relayOnce()).toMatchObject({ confirmed: 1 });
  });
});

// Confirms every event except the ids in `refuse`, and records the batches it was given.
class ScriptedPublisher implements IntegrationEventPublisher {
  readonly calls: string[][] = [];
  constructor(private readonly refuse: ReadonlySet<string> = new Set()) {}
  async publish(events: readonly CloudEvent[]): Promise<readonly PublishResult[]> {
    this.calls.push(events.map((e) => e.id));
    return events.map((e) => ({ id: e.id, outcome: this.refuse.has(e.id) ? 'failed' : 'confirmed' }));
  }
}

describe('OutboxRelay.relayAll, pipelined', () => {
  it('publishes every batch once, in commit order, and marks each sent', async () => {
    const outbox = await outboxWith([1, 2, 3, 4, 5, 6, 7].map((n) => event(n)));
    const publisher = new ScriptedPublisher();
    const marked: string[][] = [];
    const mark = outbox.markMessagesSent.bind(outbox);
    outbox.markMessagesSent = async (ids) => void (marked.push([...ids]), await mark(ids));
    expect(await new OutboxRelay(outbox, publisher, { batchSize: 3 }).relayAll()).toMatchObject({ confirmed: 7 });
    expect(publisher.calls).toEqual([['e-1', 'e-2', 'e-3'], ['e-4', 'e-5', 'e-6'], ['e-7']]);
    expect(marked).toEqual(publisher.calls);
    expect(await outbox.pendingMessages(10)).toEqual([]);
  });

  it('stops after a batch that was not wholly confirmed; the next run reads again from the oldest', async () => {
    const outbox = await outboxWith([1, 2, 3, 4].map((n) => event(n)));
    const publisher = new ScriptedPublisher(new Set(['e-2']));
    const relay = new OutboxRelay(outbox, publisher, { batchSize: 2 });
    const first = await relay.relayAll();
    // [e-3, e-4], read ahead while [e-1, e-2] awaited confirms, is dropped: the caller decides on a retry.
    expect(publisher.calls).toEqual([['e-1', 'e-2']]);
    expect(first).toMatchObject({ confirmed: 1, failed: 1, more: true });
    const reports = [first];
    while (reports.at(-1)?.more === true) reports.push(await relay.relayAll());
    // Each run after the failure starts from e-2 again, as the unpipelined relay does.
    expect(publisher.calls).toEqual([['e-1', 'e-2'], ['e-2', 'e-3'], ['e-2', 'e-4'], ['e-2']]);
    expect(reports.map((r) => r.confirmed)).toEqual([1, 1, 1, 0]);
    expect((await outbox.pendingMessages(10)).map((m) => m.id)).toEqual(['e-2']);
  });

  it('stops when told to, after the batch in flight, and says more may be pending', async () => {
    const outbox = await outboxWith([1, 2, 3, 4, 5].map((n) => event(n)));
    const publisher = new ScriptedPublisher();
    let reads = 0;
    const report = await new OutboxRelay(outbox, publisher, { batchSize: 2 }).relayAll({
      continueWhile: () => (reads += 1) < 2,
    });
    expect(publisher.calls).toEqual([
      ['e-1', 'e-2'],
      ['e-3', 'e-4'],
    ]);
    expect(report).toMatchObject({ confirmed: 4, more: true });
    expect((await outbox.pendingMessages(10)).map((m) => m.id)).toEqual(['e-5']);
  });
});
