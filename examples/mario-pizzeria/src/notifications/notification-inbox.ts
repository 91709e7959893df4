import type { ServiceIdentifier } from 'inversify';
import type { CustomerNotification } from './customer-notification.js';

/** The customers' notifications: a read model behind a port (in memory, or SQL in `storage/`). */
export interface NotificationInbox {
  /** Stores a notification; one with the same id already stored is left as it is. Returns whether it was new. */
  add(notification: CustomerNotification): Promise<boolean>;
  /** One notification, if it exists. */
  get(id: string): Promise<CustomerNotification | undefined>;
  /** A customer's notifications, newest first; dismissed ones only when asked for. */
  listFor(customerId: string, options?: { readonly includeDismissed?: boolean }): Promise<CustomerNotification[]>;
  /** Replaces a stored notification (to mark it read or dismissed). */
  update(notification: CustomerNotification): Promise<void>;
}

/** The container token of the `NotificationInbox` port. */
export const NotificationInbox: ServiceIdentifier<NotificationInbox> = Symbol.for('pizzeria.NotificationInbox');
