import type { CustomerContact, CustomerContactInput } from './customer-contact.js';
import { CustomerErrors } from './customer.errors.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// Digits with the usual separators and an optional leading +; at least 6 digits in all.
const PHONE = /^\+?[\d ().-]+$/;

/** Normalises contact details and checks them: a name, at least one way to reach the customer, both well-formed. */
export function checkContact(input: CustomerContactInput): CustomerContact {
  const name = input.name.trim();
  if (name === '') throw CustomerErrors.nameRequired();
  const email = blankToNull(input.email)?.toLowerCase() ?? null;
  const phone = blankToNull(input.phone);
  if (email === null && phone === null) throw CustomerErrors.noContact();
  if (email !== null && !EMAIL.test(email)) throw CustomerErrors.invalidEmail(email);
  if (phone !== null && (!PHONE.test(phone) || phone.replace(/\D/g, '').length < 6)) {
    throw CustomerErrors.invalidPhone(phone);
  }
  return { name, email, phone };
}

function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? null : trimmed;
}
