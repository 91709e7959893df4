import { AggregateNotFoundError } from '@glia/core';

/** What the inbox calls its records in errors. */
export const NOTIFICATION_TYPE = 'pizzeria.notifications.Notification';

/** Named factories for the notifications' errors. */
export const NotificationErrors = {
  /** No notification has this id (for the web layer, a 404 like any missing aggregate). */
  notFound: (notificationId: string) => new AggregateNotFoundError(NOTIFICATION_TYPE, notificationId),
};
