import { describe, expect, it } from '@jest/globals';
import { InMemoryCustomerDirectory } from './in-memory-customer-directory.js';

describe('InMemoryCustomerDirectory', () => {
  it('ignores a redelivered change and a late one older than the version applied', async () => {
    const directory = new InMemoryCustomerDirectory();
    const registered = { eventId: 'e-1', customerId: 'c-1', version: 1, forget: [], remember: ['first@example.com'] };
    const changed = {
      eventId: 'e-2',
      customerId: 'c-1',
      version: 2,
      forget: ['first@example.com'],
      remember: ['Second@example.com'],
    };
    expect(await directory.apply(changed)).toBe(true);
    expect(await directory.apply(changed)).toBe(false);
    expect(await directory.apply(registered)).toBe(false);
    expect(await directory.lookup('first@example.com')).toBeUndefined();
    expect(await directory.lookup('second@EXAMPLE.com')).toBe('c-1');
  });
});
