import { defineCommand } from '@glia/core';
import { z } from 'zod';

/** A customer changes their name, email or phone; `null` removes an email or phone. */
export const ChangeCustomerContact = defineCommand(
  'pizzeria.customers.ChangeCustomerContact',
  z.object({
    customerId: z.string().trim().min(1),
    name: z.string().trim().min(1).optional(),
    email: z.email().nullable().optional(),
    phone: z.string().trim().min(6).nullable().optional(),
  }),
);
