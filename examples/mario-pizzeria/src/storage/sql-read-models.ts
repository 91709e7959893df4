import type { SqlDriver } from '@glia/postgres';
import type { PizzeriaReadModels } from './pizzeria-read-models.js';
import { SqlCustomerDirectory } from './sql-customer-directory.js';
import { SqlKitchenBoard } from './sql-kitchen-board.js';
import { SqlMailbox } from './sql-mailbox.js';
import { SqlNotificationInbox } from './sql-notification-inbox.js';
import { SqlOrderSummaries } from './sql-order-summaries.js';
import { SqlSalesReadModel } from './sql-sales-read-model.js';

/** The read models in SQL tables of `schema`, on the driver the persistence uses; run `migrateReadModels` first. */
export function sqlReadModels(driver: SqlDriver, schema: string): PizzeriaReadModels {
  const mailbox = new SqlMailbox(driver, schema);
  return {
    orderSummaries: new SqlOrderSummaries(driver, schema),
    customerDirectory: new SqlCustomerDirectory(driver, schema),
    notificationInbox: new SqlNotificationInbox(driver, schema),
    salesReadModel: new SqlSalesReadModel(driver, schema),
    kitchenBoard: new SqlKitchenBoard(driver, schema),
    mailbox,
    mailer: mailbox,
  };
}
