import { defineQuery } from '@glia/core';
import { z } from 'zod';
import type { CustomerNotification } from '../customer-notification.js';

/** A customer's notifications, newest first; dismissed ones only with `includeDismissed`. */
export const ListNotifications = defineQuery(
  'pizzeria.notifications.ListNotifications',
  z.object({ customerId: z.string().trim().min(1), includeDismissed: z.boolean().default(false) }),
).returns<readonly CustomerNotification[]>();
