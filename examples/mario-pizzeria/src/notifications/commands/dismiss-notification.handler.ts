import { HandlesCommand, type CommandHandler, type PayloadOf } from '@glia/core';
import { inject } from 'inversify';
import { NotificationInbox } from '../notification-inbox.js';
import { NotificationErrors } from '../notification-errors.js';
import { DismissNotification } from './dismiss-notification.command.js';

/** Dismisses the notification; dismissing it again changes nothing. */
@HandlesCommand(DismissNotification)
export class DismissNotificationHandler implements CommandHandler<typeof DismissNotification> {
  /** Receives the inbox. */
  constructor(@inject(NotificationInbox) private readonly inbox: NotificationInbox) {}

  /** Dismisses it. */
  async execute({ notificationId }: PayloadOf<typeof DismissNotification>): Promise<void> {
    const notification = await this.inbox.get(notificationId);
    if (notification === undefined) throw NotificationErrors.notFound(notificationId);
    if (notification.dismissedAt !== null) return;
    const now = new Date().toISOString();
    await this.inbox.update({ ...notification, readAt: notification.readAt ?? now, dismissedAt: now });
  }
}
