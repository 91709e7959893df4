import { defineCommand } from '@glia/core';
import { notificationRefSchema } from '../notification-ref.schema.js';

/** The customer dismissed a notification; it is hidden from then on (and counts as read). */
export const DismissNotification = defineCommand('pizzeria.notifications.DismissNotification', notificationRefSchema);
