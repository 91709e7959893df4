import { defineCommand } from '@glia/core';
import { notificationRefSchema } from '../notification-ref.schema.js';

/** The customer opened a notification. */
export const MarkNotificationRead = defineCommand('pizzeria.notifications.MarkNotificationRead', notificationRefSchema);
