import { InMemoryCustomerDirectory } from '../customers/in-memory-customer-directory.js';
import type { CustomerDirectory } from '../customers/customer-directory.js';
import { InMemoryKitchenBoard } from '../kitchen/in-memory-kitchen-board.js';
import type { KitchenBoard } from '../kitchen/kitchen-board.js';
import { InMemoryMailer } from '../notifications/in-memory-mailer.js';
import { InMemoryNotificationInbox } from '../notifications/in-memory-notification-inbox.js';
import type { Mailbox } from '../notifications/mailbox.js';
import type { Mailer } from '../notifications/mailer.js';
import type { NotificationInbox } from '../notifications/notification-inbox.js';
import { InMemoryOrderSummaries } from '../orders/in-memory-order-summaries.js';
import type { OrderSummaries } from '../orders/order-summaries.js';
import { InMemorySalesReadModel } from '../sales/in-memory-sales-read-model.js';
import type { SalesReadModel } from '../sales/sales-read-model.js';

/** Every read model of the pizzeria, named as `createPizzeria`'s options name them. */
export type PizzeriaReadModels = {
  readonly orderSummaries: OrderSummaries;
  readonly customerDirectory: CustomerDirectory;
  readonly notificationInbox: NotificationInbox;
  readonly salesReadModel: SalesReadModel;
  readonly kitchenBoard: KitchenBoard;
  /** The sent mail, shown by the mailbox and track pages. */
  readonly mailbox: Mailbox;
  /** How email goes out: the mailbox itself, or SMTP recording in it (`createMailer`). */
  readonly mailer: Mailer;
};

/** The read models in memory: for the in-memory store, where nothing survives a restart anyway. */
export function inMemoryReadModels(): PizzeriaReadModels {
  const mailbox = new InMemoryMailer();
  return {
    orderSummaries: new InMemoryOrderSummaries(),
    customerDirectory: new InMemoryCustomerDirectory(),
    notificationInbox: new InMemoryNotificationInbox(),
    salesReadModel: new InMemorySalesReadModel(),
    kitchenBoard: new InMemoryKitchenBoard(),
    mailbox,
    mailer: mailbox,
  };
}
