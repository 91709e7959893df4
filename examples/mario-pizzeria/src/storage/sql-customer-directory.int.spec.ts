import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ContactChange } from '../customers/contact-change.js';
import { SqlCustomerDirectory } from './sql-customer-directory.js';
import { openReadModelDatabase, PGLITE_TIMEOUT_MS, type ReadModelDatabase } from './testing/read-model-database.js';

let db: ReadModelDatabase;
beforeAll(async () => {
  db = await openReadModelDatabase();
}, PGLITE_TIMEOUT_MS);
afterAll(() => db.driver.close());

const change = (customerId: string, version: number, fields: Partial<ContactChange> = {}): ContactChange => ({
  eventId: `${customerId}-e${version}`,
  customerId,
  version,
  forget: [],
  remember: [],
  ...fields,
});

describe('SqlCustomerDirectory', () => {
  it('finds a registered customer by email (any case) and by phone', async () => {
    const directory = new SqlCustomerDirectory(db.driver, db.schema);
    expect(await directory.apply(change('c-1', 1, { remember: ['luigi@example.com', '+39 06 555 0101'] }))).toBe(true);
    expect(await directory.lookup('Luigi@Example.com')).toBe('c-1');
    expect(await directory.lookup('+39 06 555 0101')).toBe('c-1');
    expect(await directory.lookup('nobody@example.com')).toBeUndefined();
  });

  it('forgets the previous contact on a change', async () => {
    const directory = new SqlCustomerDirectory(db.driver, db.schema);
    await directory.apply(change('c-2', 1, { remember: ['old@example.com'] }));
    await directory.apply(change('c-2', 2, { forget: ['old@example.com'], remember: ['new@example.com'] }));
    expect(await directory.lookup('old@example.com')).toBeUndefined();
    expect(await directory.lookup('new@example.com')).toBe('c-2');
  });

  it('does not forget a contact that another customer took since', async () => {
    const directory = new SqlCustomerDirectory(db.driver, db.schema);
    await directory.apply(change('c-3', 1, { remember: ['shared@example.com'] }));
    await directory.apply(change('c-4', 1, { remember: ['shared@example.com'] }));
    await directory.apply(change('c-3', 2, { forget: ['shared@example.com'], remember: ['c3@example.com'] }));
    expect(await directory.lookup('shared@example.com')).toBe('c-4');
  });

  it('ignores a redelivered change and a late one older than the version applied', async () => {
    const directory = new SqlCustomerDirectory(db.driver, db.schema);
    const registered = change('c-5', 1, { remember: ['first@example.com'] });
    const changed = change('c-5', 2, { forget: ['first@example.com'], remember: ['second@example.com'] });
    expect(await directory.apply(changed)).toBe(true);
    expect(await directory.apply(changed)).toBe(false);
    expect(await directory.apply(registered)).toBe(false);
    expect(await directory.lookup('first@example.com')).toBeUndefined();
    expect(await directory.lookup('second@example.com')).toBe('c-5');
  });
});
