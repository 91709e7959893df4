import { defineQuery } from '@glia/core';
import { z } from 'zod';
import type { CustomerSales } from '../sales-figures.js';

/** What one customer bought overall; zeros for a customer who bought nothing yet. */
export const GetCustomerSales = defineQuery(
  'pizzeria.sales.GetCustomerSales',
  z.object({ customerId: z.string().trim().min(1) }),
).returns<CustomerSales>();
