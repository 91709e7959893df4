import { createGlia, type EventHandlerClass, type Glia, type GliaOptions } from '@glia/core';
import { Container } from 'inversify';
import { KitchenBoard } from './kitchen/kitchen-board.js';
import { KitchenTicketHandler } from './kitchen/kitchen-ticket.handler.js';
import { defaultMenu } from './menu/default-menu.js';
import { Menu } from './menu/menu.js';
import { ConfirmationEmailHandler } from './notifications/confirmation-email.handler.js';
import { InMemoryMailer } from './notifications/in-memory-mailer.js';
import { Mailer } from './notifications/mailer.js';
import { ConfirmOrderHandler } from './orders/commands/confirm-order.handler.js';
import { MarkReadyHandler } from './orders/commands/mark-ready.handler.js';
import { PlaceOrderHandler } from './orders/commands/place-order.handler.js';
import { StartCookingHandler } from './orders/commands/start-cooking.handler.js';
import { Order } from './orders/order.aggregate.js';
import { orderMapper } from './orders/order.mapper.js';
import { GetOrderHandler } from './orders/queries/get-order.handler.js';

/** How to build a pizzeria: Glia's own options plus the pizzeria's services. */
export type PizzeriaOptions = Pick<GliaOptions, 'container' | 'persistence' | 'retry' | 'logger' | 'behaviors'> & {
  /** What is sold; Mario's default menu when absent. */
  readonly menu?: Menu;
  /** How email goes out; an `InMemoryMailer` when absent. */
  readonly mailer?: Mailer;
  /** Event handlers to run besides the pizzeria's own (a demo printer, a test probe). */
  readonly eventHandlers?: readonly EventHandlerClass[];
};

/**
 * The composition root: binds the pizzeria's services on the container, then lets `createGlia`
 * register the aggregate, the command, query and event handlers, and the in-memory persistence.
 */
export async function createPizzeria(options: PizzeriaOptions = {}): Promise<Glia> {
  const { menu = defaultMenu(), mailer = new InMemoryMailer(), eventHandlers = [], ...glia } = options;
  const container = glia.container ?? new Container();
  container.bind(Menu).toConstantValue(menu);
  container.bind(Mailer).toConstantValue(mailer);
  container.bind(KitchenBoard).toSelf().inSingletonScope();
  return createGlia({
    ...glia,
    container,
    aggregates: [{ aggregate: Order, mapper: orderMapper }],
    commandHandlers: [PlaceOrderHandler, ConfirmOrderHandler, StartCookingHandler, MarkReadyHandler],
    queryHandlers: [GetOrderHandler],
    eventHandlers: [ConfirmationEmailHandler, KitchenTicketHandler, ...eventHandlers],
  });
}
