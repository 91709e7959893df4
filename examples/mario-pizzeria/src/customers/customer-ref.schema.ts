import { z } from 'zod';

/** The input of every command or query about one existing customer. */
export const customerRefSchema = z.object({ customerId: z.string().trim().min(1) });
