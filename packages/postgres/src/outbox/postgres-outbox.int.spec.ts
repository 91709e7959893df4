import { expect } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { CLOUDEVENTS_SPEC_VERSION, type CloudEvent, type Delivery, type EventMetadata } from '@glia/core';
import { Account, AccountOpened } from '../../test/support/fixtures.js';
import { describeDrivers } from '../../test/support/test-database.js';
import { UnknownStoredEvent } from './stored-event.js';

function cloudEvent(subject: string): CloudEvent {
  return {
    specversion: CLOUDEVENTS_SPEC_VERSION,
    id: randomUUID(),
    source: '/tests',
    type: 'com.example.account.opened.v1',
    subject,
    data: { owner: 'Ada', at: '2024-01-01T00:00:00.000Z' },
  };
}

function opened(id: string): { event: AccountOpened; delivery: Delivery } {
  const account = Account.open(id, 'Ada', new Date('2024-01-01T00:00:00.000Z'));
  const event = account.getUncommittedEvents()[0] as AccountOpened;
  const delivery: Delivery = {
    id: randomUUID(),
    event,
    handler: 'outbox-spec.h',
    status: 'pending',
    attempts: 0,
    availableAt: new Date(),
  };
  return { event, delivery };
}

describeDrivers('PostgresOutbox', (db, test) => {
  test('stores events, deliveries and integration events only if the transaction commits', async () => {
    const { outbox, transactions } = db.persistence({ worker: false, events: [AccountOpened] });
    const kept = opened('ob-1');
    const lost = opened('ob-2');
    const keptMessage = cloudEvent('ob-1');
    await transactions.run((tx) =>
      outbox.append(tx, { events: [kept.event], deliveries: [kept.delivery], messages: [keptMessage] }),
    );
    const failed = transactions.run(async (tx) => {
      await outbox.append(tx, { events: [lost.event], deliveries: [lost.delivery], messages: [cloudEvent('ob-2')] });
      throw new Error('rolled back');
    });
    await expect(failed).rejects.toThrow('rolled back');

    const listed = await outbox.list({ handler: 'outbox-spec.h' });
    expect(listed.map((d) => d.id)).toEqual([kept.delivery.id]);
    expect(listed[0]?.event).toBeInstanceOf(AccountOpened);
    expect(listed[0]?.event).toEqual(kept.event);
    expect(await outbox.pendingMessages(10)).toEqual([keptMessage]);
    await outbox.markMessagesSent([keptMessage.id]);
    expect(await outbox.pendingMessages(10)).toEqual([]);
  });

  test('lists deliveries of event types unknown to this process without failing', async () => {
    const writer = db.persistence({ worker: false });
    const { event, delivery } = opened('ob-3');
    await writer.transactions.run((tx) =>
      writer.outbox.append(tx, { events: [event], deliveries: [{ ...delivery, handler: 'outbox-spec.unknown' }] }),
    );
    const reader = db.persistence({ worker: false });
    const [listed] = await reader.outbox.list({ handler: 'outbox-spec.unknown' });
    expect(listed?.event).toBeInstanceOf(UnknownStoredEvent);
    expect(listed?.event.eventType).toBe('test.AccountOpened.v1');
    expect(listed?.event.payload()).toEqual({ owner: 'Ada', openedOn: new Date('2024-01-01T00:00:00.000Z') });
  });

  test('keeps envelope fields without columns of their own, such as the trace context', async () => {
    const { outbox, transactions } = db.persistence({ worker: false, events: [AccountOpened] });
    const { event, delivery } = opened('ob-4');
    const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    const traced = event.withMetadata({ traceparent } as unknown as EventMetadata);
    await transactions.run((tx) =>
      outbox.append(tx, { events: [traced], deliveries: [{ ...delivery, event: traced, handler: 'outbox-spec.t' }] }),
    );
    const [listed] = await outbox.list({ handler: 'outbox-spec.t' });
    expect((listed?.event as unknown as { traceparent?: string }).traceparent).toBe(traceparent);
    expect(listed?.event).toEqual(traced);
  });
});
