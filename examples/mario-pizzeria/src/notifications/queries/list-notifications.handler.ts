import { HandlesQuery, type PayloadOf, type QueryHandler } from '@glia/core';
import { inject } from 'inversify';
import type { CustomerNotification } from '../customer-notification.js';
import { NotificationInbox } from '../notification-inbox.js';
import { ListNotifications } from './list-notifications.query.js';

/** Answers `ListNotifications` from the inbox. */
@HandlesQuery(ListNotifications)
export class ListNotificationsHandler implements QueryHandler<typeof ListNotifications> {
  /** Receives the inbox. */
  constructor(@inject(NotificationInbox) private readonly inbox: NotificationInbox) {}

  /** Lists the customer's notifications. */
  async execute({
    customerId,
    includeDismissed,
  }: PayloadOf<typeof ListNotifications>): Promise<readonly CustomerNotification[]> {
    return this.inbox.listFor(customerId, { includeDismissed });
  }
}
