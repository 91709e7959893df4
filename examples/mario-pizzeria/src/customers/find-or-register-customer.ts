import { randomUUID } from 'node:crypto';
import type { Repository } from '@glia/core';
import { checkContact } from './check-contact.js';
import type { CustomerContactInput } from './customer-contact.js';
import type { CustomerDirectory } from './customer-directory.js';
import { Customer } from './customer.aggregate.js';

/**
 * The customer these details belong to: the one the directory knows by email (then by phone), or a
 * new one registered in the caller's unit of work, so it commits with whatever the caller does next.
 */
export async function findOrRegisterCustomer(
  customers: Repository<Customer>,
  directory: CustomerDirectory,
  input: CustomerContactInput,
): Promise<Customer> {
  const contact = checkContact(input);
  for (const key of [contact.email, contact.phone]) {
    const knownId = key === null ? undefined : await directory.lookup(key);
    const known = knownId === undefined ? undefined : await customers.find(knownId);
    if (known !== undefined) return known;
  }
  const customer = Customer.register(randomUUID(), contact);
  customers.add(customer);
  return customer;
}
