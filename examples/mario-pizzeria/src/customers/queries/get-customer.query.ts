import { defineQuery } from '@glia/core';
import { customerRefSchema } from '../customer-ref.schema.js';
import type { CustomerView } from '../customer-view.js';

/** Reads one customer; an unknown id is an `AggregateNotFoundError`. */
export const GetCustomer = defineQuery('pizzeria.customers.GetCustomer', customerRefSchema).returns<CustomerView>();
