import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { CustomerNotification } from '../notifications/customer-notification.js';
import type { Email } from '../notifications/email.js';
import { SqlMailbox } from './sql-mailbox.js';
import { SqlNotificationInbox } from './sql-notification-inbox.js';
import { openReadModelDatabase, PGLITE_TIMEOUT_MS, type ReadModelDatabase } from './testing/read-model-database.js';

let db: ReadModelDatabase;
beforeAll(async () => {
  db = await openReadModelDatabase();
}, PGLITE_TIMEOUT_MS);
afterAll(() => db.driver.close());

const note = (id: string, customerId: string, fields: Partial<CustomerNotification> = {}): CustomerNotification => ({
  id,
  customerId,
  orderId: 'o-1',
  kind: 'cooking-started',
  message: 'Luigi, your pizzas are in the oven.',
  createdAt: '2024-05-01T12:00:00.123Z',
  readAt: null,
  dismissedAt: null,
  ...fields,
});

describe('SqlNotificationInbox', () => {
  it("lists a customer's notifications newest first, as they were stored", async () => {
    const inbox = new SqlNotificationInbox(db.driver, db.schema);
    await inbox.add(note('n-1', 'c-1'));
    await inbox.add(note('n-2', 'c-1', { kind: 'ready', message: 'Ready.' }));
    await inbox.add(note('n-3', 'c-other'));
    expect(await inbox.listFor('c-1')).toEqual([
      note('n-2', 'c-1', { kind: 'ready', message: 'Ready.' }),
      note('n-1', 'c-1'),
    ]);
    expect(await inbox.get('n-3')).toEqual(note('n-3', 'c-other'));
    expect(await inbox.get('nope')).toBeUndefined();
  });

  it('stores a redelivered notification (same id) once', async () => {
    const inbox = new SqlNotificationInbox(db.driver, db.schema);
    expect(await inbox.add(note('n-4', 'c-2'))).toBe(true);
    expect(await inbox.add(note('n-4', 'c-2', { message: 'again' }))).toBe(false);
    expect(await inbox.listFor('c-2')).toEqual([note('n-4', 'c-2')]);
  });

  it('records reading and dismissing; dismissed ones are listed only when asked for', async () => {
    const inbox = new SqlNotificationInbox(db.driver, db.schema);
    await inbox.add(note('n-5', 'c-3'));
    const read = note('n-5', 'c-3', { readAt: '2024-05-01T12:01:00.000Z' });
    await inbox.update(read);
    expect(await inbox.get('n-5')).toEqual(read);
    const dismissed = { ...read, dismissedAt: '2024-05-01T12:02:00.000Z' };
    await inbox.update(dismissed);
    expect(await inbox.listFor('c-3')).toEqual([]);
    expect(await inbox.listFor('c-3', { includeDismissed: true })).toEqual([dismissed]);
  });
});

// The mailbox shares this file's database: one PGlite start for the notifications' two SQL read models.
describe('SqlMailbox', () => {
  const email = (messageId: string, orderId?: string): Email => ({
    messageId,
    to: 'luigi@example.com',
    subject: `About ${orderId ?? 'nothing'}`,
    text: 'Ciao Luigi!\nTotal: €20.00',
    ...(orderId === undefined ? {} : { orderId }),
  });

  it('records each email and lists them newest first, and by order', async () => {
    const mailbox = new SqlMailbox(db.driver, db.schema);
    await mailbox.send(email('m-1', 'o-1'));
    await mailbox.send(email('m-2'));
    await mailbox.send(email('m-3', 'o-1'));

    const recent = await mailbox.recent(10);
    expect(recent.map((m) => m.messageId)).toEqual(['m-3', 'm-2', 'm-1']);
    expect(recent[1]).toEqual({
      messageId: 'm-2',
      orderId: null,
      to: 'luigi@example.com',
      subject: 'About nothing',
      body: 'Ciao Luigi!\nTotal: €20.00',
      sentAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect((await mailbox.recent(2)).map((m) => m.messageId)).toEqual(['m-3', 'm-2']);
    expect((await mailbox.forOrder('o-1')).map((m) => m.messageId)).toEqual(['m-3', 'm-1']);
    expect(await mailbox.forOrder('o-unknown')).toEqual([]);
  });

  it('records a redelivered email (same messageId) once, as it was first sent', async () => {
    const mailbox = new SqlMailbox(db.driver, db.schema);
    expect(await mailbox.has('m-9')).toBe(false);
    await mailbox.send(email('m-9', 'o-9'));
    const [first] = await mailbox.forOrder('o-9');
    await mailbox.send({ ...email('m-9', 'o-9'), subject: 'again' });
    expect(await mailbox.has('m-9')).toBe(true);
    expect(await mailbox.forOrder('o-9')).toEqual([first]);
  });
});
