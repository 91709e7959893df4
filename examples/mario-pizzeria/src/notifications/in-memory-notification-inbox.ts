import type { CustomerNotification } from './customer-notification.js';
import type { NotificationInbox } from './notification-inbox.js';

/** The notification inbox in a map, for the demo and for tests. */
export class InMemoryNotificationInbox implements NotificationInbox {
  private readonly byId = new Map<string, CustomerNotification>();

  /** Stores the notification unless its id is known. */
  async add(notification: CustomerNotification): Promise<boolean> {
    if (this.byId.has(notification.id)) return false;
    this.byId.set(notification.id, { ...notification });
    return true;
  }

  /** Reads one notification. */
  async get(id: string): Promise<CustomerNotification | undefined> {
    const found = this.byId.get(id);
    return found === undefined ? undefined : { ...found };
  }

  /** Lists a customer's notifications, newest first. */
  async listFor(
    customerId: string,
    options: { readonly includeDismissed?: boolean } = {},
  ): Promise<CustomerNotification[]> {
    return [...this.byId.values()]
      .filter((n) => n.customerId === customerId && (options.includeDismissed === true || n.dismissedAt === null))
      .reverse()
      .map((n) => ({ ...n }));
  }

  /** Replaces the notification. */
  async update(notification: CustomerNotification): Promise<void> {
    this.byId.set(notification.id, { ...notification });
  }
}
