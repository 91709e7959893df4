import type { AggregateMapper } from '@glia/core';
import { Customer } from './customer.aggregate.js';
import type { CustomerSnapshot } from './customer-snapshot.js';

/** Stores a customer as its plain JSON snapshot. */
export const customerMapper: AggregateMapper<Customer, CustomerSnapshot> = {
  toSnapshot: (customer) => customer.toSnapshot(),
  fromSnapshot: (snapshot) => Customer.fromSnapshot(snapshot),
};
