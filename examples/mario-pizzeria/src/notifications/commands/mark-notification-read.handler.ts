import { HandlesCommand, type CommandHandler, type PayloadOf } from '@glia/core';
import { inject } from 'inversify';
import { NotificationInbox } from '../notification-inbox.js';
import { NotificationErrors } from '../notification-errors.js';
import { MarkNotificationRead } from './mark-notification-read.command.js';

/** Marks the notification read (once: reading it again keeps the first time). */
@HandlesCommand(MarkNotificationRead)
export class MarkNotificationReadHandler implements CommandHandler<typeof MarkNotificationRead> {
  /** Receives the inbox. */
  constructor(@inject(NotificationInbox) private readonly inbox: NotificationInbox) {}

  /** Marks it read. */
  async execute({ notificationId }: PayloadOf<typeof MarkNotificationRead>): Promise<void> {
    const notification = await this.inbox.get(notificationId);
    if (notification === undefined) throw NotificationErrors.notFound(notificationId);
    if (notification.readAt !== null) return;
    await this.inbox.update({ ...notification, readAt: new Date().toISOString() });
  }
}
