import { z } from 'zod';

/** Contact details at the edge: a name and an email address, a phone number, or both. */
export const customerContactSchema = z
  .object({
    name: z.string().trim().min(1),
    email: z.email().optional(),
    phone: z.string().trim().min(6).optional(),
  })
  .refine((c) => c.email !== undefined || c.phone !== undefined, {
    message: 'Give an email address or a phone number.',
    path: ['email'],
  });
