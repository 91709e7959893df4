import { defineQuery } from '@glia/core';
import { z } from 'zod';
import type { SentMail } from '../sent-mail.js';

/** The mails sent about one order (its confirmation), newest first. */
export const ListOrderMails = defineQuery(
  'pizzeria.notifications.ListOrderMails',
  z.object({ orderId: z.string().trim().min(1) }),
).returns<readonly SentMail[]>();
