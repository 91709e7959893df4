import { createGlia, type EventHandlerClass, type Glia, type GliaOptions } from '@glia/core';
import { Container } from 'inversify';
import { ActiveOrdersHandler } from './customers/active-orders.handler.js';
import { ChangeCustomerContactHandler } from './customers/commands/change-customer-contact.handler.js';
import { ContactClaim } from './customers/contact-claim.aggregate.js';
import { contactClaimMapper } from './customers/contact-claim.mapper.js';
import { RegisterCustomerHandler } from './customers/commands/register-customer.handler.js';
import { CustomerDirectory } from './customers/customer-directory.js';
import { CustomerDirectoryProjection } from './customers/customer-directory.projection.js';
import { Customer } from './customers/customer.aggregate.js';
import { customerMapper } from './customers/customer.mapper.js';
import { InMemoryCustomerDirectory } from './customers/in-memory-customer-directory.js';
import { GetCustomerHandler } from './customers/queries/get-customer.handler.js';
import { AssignDriverHandler } from './delivery/commands/assign-driver.handler.js';
import { HireDriverHandler } from './delivery/commands/hire-driver.handler.js';
import { MarkDeliveredHandler } from './delivery/commands/mark-delivered.handler.js';
import { MarkOutForDeliveryHandler } from './delivery/commands/mark-out-for-delivery.handler.js';
import { Fleet } from './delivery/fleet.aggregate.js';
import { fleetMapper } from './delivery/fleet.mapper.js';
import { ListDriversHandler } from './delivery/queries/list-drivers.handler.js';
import { AddIngredientHandler } from './inventory/commands/add-ingredient.handler.js';
import { RestockIngredientHandler } from './inventory/commands/restock-ingredient.handler.js';
import { defaultRecipes } from './inventory/default-recipes.js';
import { Inventory } from './inventory/inventory.aggregate.js';
import { inventoryMapper } from './inventory/inventory.mapper.js';
import { orderIntegrationMappings } from './integration/order-integration-mappings.js';
import { GetInventoryHandler } from './inventory/queries/get-inventory.handler.js';
import { RecipeBook } from './inventory/recipe-book.js';
import { ChangeKitchenCapacityHandler } from './kitchen/commands/change-kitchen-capacity.handler.js';
import { InMemoryKitchenBoard } from './kitchen/in-memory-kitchen-board.js';
import { KitchenBoard } from './kitchen/kitchen-board.js';
import { DEFAULT_KITCHEN_CAPACITY, KitchenSettings } from './kitchen/kitchen-settings.js';
import { KitchenTicketHandler } from './kitchen/kitchen-ticket.handler.js';
import { Kitchen } from './kitchen/kitchen.aggregate.js';
import { kitchenMapper } from './kitchen/kitchen.mapper.js';
import { GetKitchenHandler } from './kitchen/queries/get-kitchen.handler.js';
import { defaultMenu } from './menu/default-menu.js';
import { Menu } from './menu/menu.js';
import { DismissNotificationHandler } from './notifications/commands/dismiss-notification.handler.js';
import { MarkNotificationReadHandler } from './notifications/commands/mark-notification-read.handler.js';
import { ConfirmationEmailHandler } from './notifications/confirmation-email.handler.js';
import { CustomerNotificationHandler } from './notifications/customer-notification.handler.js';
import { InMemoryMailer } from './notifications/in-memory-mailer.js';
import { InMemoryNotificationInbox } from './notifications/in-memory-notification-inbox.js';
import { Mailbox } from './notifications/mailbox.js';
import { Mailer } from './notifications/mailer.js';
import { NotificationInbox } from './notifications/notification-inbox.js';
import { ListMailsHandler } from './notifications/queries/list-mails.handler.js';
import { ListNotificationsHandler } from './notifications/queries/list-notifications.handler.js';
import { ListOrderMailsHandler } from './notifications/queries/list-order-mails.handler.js';
import { AddPizzaHandler } from './orders/commands/add-pizza.handler.js';
import { CancelOrderHandler } from './orders/commands/cancel-order.handler.js';
import { ConfirmOrderHandler } from './orders/commands/confirm-order.handler.js';
import { MarkReadyHandler } from './orders/commands/mark-ready.handler.js';
import { PlaceOrderHandler } from './orders/commands/place-order.handler.js';
import { RemovePizzaHandler } from './orders/commands/remove-pizza.handler.js';
import { StartCookingHandler } from './orders/commands/start-cooking.handler.js';
import { InMemoryOrderSummaries } from './orders/in-memory-order-summaries.js';
import { OrderSummaries } from './orders/order-summaries.js';
import { OrderSummaryProjection } from './orders/order-summary.projection.js';
import { Order } from './orders/order.aggregate.js';
import { orderMapper } from './orders/order.mapper.js';
import { GetOrderHandler } from './orders/queries/get-order.handler.js';
import { ListOrdersHandler } from './orders/queries/list-orders.handler.js';
import { InMemorySalesReadModel } from './sales/in-memory-sales-read-model.js';
import { GetCustomerSalesHandler } from './sales/queries/get-customer-sales.handler.js';
import { GetSalesTodayHandler } from './sales/queries/get-sales-today.handler.js';
import { GetTopPizzasHandler } from './sales/queries/get-top-pizzas.handler.js';
import { SalesAnalyticsHandler } from './sales/sales-analytics.handler.js';
import { SalesReadModel } from './sales/sales-read-model.js';

/** How to build a pizzeria: Glia's own options plus the pizzeria's services; every port has an in-memory default. */
export type PizzeriaOptions = Pick<
  GliaOptions,
  'container' | 'persistence' | 'retry' | 'logger' | 'behaviors' | 'integration'
> & {
  /** What is sold; Mario's default menu when absent. */
  readonly menu?: Menu;
  /** What each pizza and topping is made of; Mario's recipes when absent. */
  readonly recipes?: RecipeBook;
  /** How many orders may cook at once when the kitchen first opens; 3 when absent. */
  readonly kitchenCapacity?: number;
  /** Where sent mail is kept for the mailbox page; an `InMemoryMailer` when absent. */
  readonly mailbox?: Mailbox;
  /** How email goes out; the mailbox itself when absent (SMTP relays through it, see `createMailer`). */
  readonly mailer?: Mailer;
  /** Where the order list is kept. */
  readonly orderSummaries?: OrderSummaries;
  /** Where customers are found by email or phone. */
  readonly customerDirectory?: CustomerDirectory;
  /** Where customers' notifications are kept. */
  readonly notificationInbox?: NotificationInbox;
  /** Where sales figures are kept. */
  readonly salesReadModel?: SalesReadModel;
  /** Where the kitchen's tickets are pinned. */
  readonly kitchenBoard?: KitchenBoard;
  /** Event handlers to run besides the pizzeria's own (a demo printer, a test probe). */
  readonly eventHandlers?: readonly EventHandlerClass[];
};

/**
 * The composition root: binds the pizzeria's services and read models on the container, then lets
 * `createGlia` register the aggregates (each with its mapper), the command, query and event handlers.
 */
export async function createPizzeria(options: PizzeriaOptions = {}): Promise<Glia> {
  const {
    menu = defaultMenu(),
    recipes = defaultRecipes(),
    kitchenCapacity = DEFAULT_KITCHEN_CAPACITY,
    mailbox = new InMemoryMailer(),
    mailer = mailbox,
    orderSummaries = new InMemoryOrderSummaries(),
    customerDirectory = new InMemoryCustomerDirectory(),
    notificationInbox = new InMemoryNotificationInbox(),
    salesReadModel = new InMemorySalesReadModel(),
    kitchenBoard = new InMemoryKitchenBoard(),
    eventHandlers = [],
    ...glia
  } = options;
  const container = glia.container ?? new Container();
  container.bind(Menu).toConstantValue(menu);
  container.bind(RecipeBook).toConstantValue(recipes);
  container.bind(KitchenSettings).toConstantValue({ capacity: kitchenCapacity });
  container.bind(Mailbox).toConstantValue(mailbox);
  container.bind(Mailer).toConstantValue(mailer);
  container.bind(OrderSummaries).toConstantValue(orderSummaries);
  container.bind(CustomerDirectory).toConstantValue(customerDirectory);
  container.bind(NotificationInbox).toConstantValue(notificationInbox);
  container.bind(SalesReadModel).toConstantValue(salesReadModel);
  container.bind(KitchenBoard).toConstantValue(kitchenBoard);
  return createGlia({
    ...glia,
    container,
    // Orders' integration events: to RabbitMQ when `integration.publisher` is given, in-process otherwise.
    integrationEvents: orderIntegrationMappings,
    aggregates: [
      { aggregate: Order, mapper: orderMapper },
      { aggregate: Customer, mapper: customerMapper },
      { aggregate: ContactClaim, mapper: contactClaimMapper },
      { aggregate: Kitchen, mapper: kitchenMapper },
      { aggregate: Inventory, mapper: inventoryMapper },
      { aggregate: Fleet, mapper: fleetMapper },
    ],
    commandHandlers: [
      PlaceOrderHandler,
      AddPizzaHandler,
      RemovePizzaHandler,
      ConfirmOrderHandler,
      CancelOrderHandler,
      StartCookingHandler,
      MarkReadyHandler,
      RegisterCustomerHandler,
      ChangeCustomerContactHandler,
      ChangeKitchenCapacityHandler,
      AddIngredientHandler,
      RestockIngredientHandler,
      HireDriverHandler,
      AssignDriverHandler,
      MarkOutForDeliveryHandler,
      MarkDeliveredHandler,
      MarkNotificationReadHandler,
      DismissNotificationHandler,
    ],
    queryHandlers: [
      GetOrderHandler,
      ListOrdersHandler,
      GetCustomerHandler,
      GetKitchenHandler,
      GetInventoryHandler,
      ListDriversHandler,
      ListNotificationsHandler,
      ListMailsHandler,
      ListOrderMailsHandler,
      GetSalesTodayHandler,
      GetTopPizzasHandler,
      GetCustomerSalesHandler,
    ],
    eventHandlers: [
      ConfirmationEmailHandler,
      KitchenTicketHandler,
      OrderSummaryProjection,
      CustomerDirectoryProjection,
      ActiveOrdersHandler,
      CustomerNotificationHandler,
      SalesAnalyticsHandler,
      ...eventHandlers,
    ],
  });
}
