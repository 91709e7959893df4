import { z } from 'zod';

/** The input of every command about one notification. */
export const notificationRefSchema = z.object({ notificationId: z.string().trim().min(1) });
