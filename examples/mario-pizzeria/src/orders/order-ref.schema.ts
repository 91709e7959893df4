import { z } from 'zod';

/** The input of every command or query about one existing order. */
export const orderRefSchema = z.object({ orderId: z.string().trim().min(1) });
