import { randomUUID } from 'node:crypto';
import type { Repository } from '@glia/core';
import { checkContact } from './check-contact.js';
import type { ContactClaims } from './contact-claims.js';
import type { CustomerContactInput } from './customer-contact.js';
import { Customer } from './customer.aggregate.js';

/**
 * The customer these details belong to: the one holding the email (then the phone), or a new one
 * registered with claims on its contacts in the caller's unit of work, so it commits with whatever the
 * caller does next. Two first orders with the same new email both add its claim: one commit wins, the
 * other fails with a `ConcurrencyError` and, sent again, finds the winner.
 */
export async function findOrRegisterCustomer(
  customers: Repository<Customer>,
  claims: ContactClaims,
  input: CustomerContactInput,
): Promise<Customer> {
  const contact = checkContact(input);
  for (const key of [contact.email, contact.phone]) {
    const knownId = key === null ? undefined : await claims.ownerOf(key);
    const known = knownId === undefined ? undefined : await customers.find(knownId);
    if (known === undefined) continue;
    // A customer found through the directory alone has no claim yet: claiming it now closes that gap too.
    await claims.claim(known.id, [key]);
    return known;
  }
  const customer = Customer.register(randomUUID(), contact);
  await claims.claim(customer.id, [customer.contact.email, customer.contact.phone]);
  customers.add(customer);
  return customer;
}
