import { defineQuery } from '@glia/core';
import { z } from 'zod';
import type { SentMail } from '../sent-mail.js';

/** The mailbox: the most recent mails the pizzeria sent, newest first (50 unless `limit` says). */
export const ListMails = defineQuery(
  'pizzeria.notifications.ListMails',
  z.object({ limit: z.number().int().min(1).max(500).default(50) }),
).returns<readonly SentMail[]>();
