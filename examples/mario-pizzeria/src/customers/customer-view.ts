import type { Customer } from './customer.aggregate.js';
import type { CustomerSnapshot } from './customer-snapshot.js';

/** A customer as queries return it. */
export type CustomerView = CustomerSnapshot & {
  /** The version the customer is stored at. */
  readonly version: number;
};

/** Reads a customer into its view. */
export function toCustomerView(customer: Customer): CustomerView {
  return { ...customer.toSnapshot(), version: customer.version };
}
