import { defineCommand } from '@glia/core';
import { customerContactSchema } from '../customer-contact.schema.js';

/** What `RegisterCustomer` answers. */
export type RegisterCustomerResult = {
  /** The new customer's id. */
  readonly customerId: string;
};

/** Someone registers with a name and an email address or phone number (or both). */
export const RegisterCustomer = defineCommand(
  'pizzeria.customers.RegisterCustomer',
  customerContactSchema,
).returns<RegisterCustomerResult>();
