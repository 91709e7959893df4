import { InvalidOperationError } from '@glia/core';

/** Stable codes of every refusal about customers; the web layer maps them to responses. */
export const CustomerErrorCodes = {
  NameRequired: 'CUSTOMER.NAME_REQUIRED',
  NoContact: 'CUSTOMER.NO_CONTACT',
  InvalidEmail: 'CUSTOMER.INVALID_EMAIL',
  InvalidPhone: 'CUSTOMER.INVALID_PHONE',
  AlreadyRegistered: 'CUSTOMER.ALREADY_REGISTERED',
} as const;

/** Named factories for the customer's errors. */
export const CustomerErrors = {
  /** A customer needs a name to call out. */
  nameRequired: () => new InvalidOperationError(CustomerErrorCodes.NameRequired, 'A customer needs a name.'),
  /** Neither an email address nor a phone number was given. */
  noContact: () =>
    new InvalidOperationError(CustomerErrorCodes.NoContact, 'A customer needs an email address or a phone number.'),
  /** The email address is not one. */
  invalidEmail: (email: string) =>
    new InvalidOperationError(CustomerErrorCodes.InvalidEmail, `'${email}' is not an email address.`, {
      details: { email },
    }),
  /** The phone number is not one. */
  invalidPhone: (phone: string) =>
    new InvalidOperationError(CustomerErrorCodes.InvalidPhone, `'${phone}' is not a phone number.`, {
      details: { phone },
    }),
  /** Someone is registered with this email or phone already. */
  alreadyRegistered: (customerId: string, contact: string) =>
    new InvalidOperationError(
      CustomerErrorCodes.AlreadyRegistered,
      `${contact} is already registered as customer ${customerId}.`,
      { details: { customerId, contact } },
    ),
};
