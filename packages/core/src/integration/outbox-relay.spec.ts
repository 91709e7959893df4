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
