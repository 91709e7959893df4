import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { CustomerNotification } from '../notifications/customer-notification.js';
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
