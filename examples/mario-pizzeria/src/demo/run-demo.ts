import type { Glia } from '@glia/core';
import { Container } from 'inversify';
import { createPizzeria } from '../app.js';
import { AssignDriver } from '../delivery/commands/assign-driver.command.js';
import { MarkDelivered } from '../delivery/commands/mark-delivered.command.js';
import { MarkOutForDelivery } from '../delivery/commands/mark-out-for-delivery.command.js';
import { ListDrivers } from '../delivery/queries/list-drivers.query.js';
import { KitchenBoard } from '../kitchen/kitchen-board.js';
import { Money } from '../menu/money.js';
import { DismissNotification } from '../notifications/commands/dismiss-notification.command.js';
import { InMemoryMailer } from '../notifications/in-memory-mailer.js';
import { ListNotifications } from '../notifications/queries/list-notifications.query.js';
import { ConfirmOrder } from '../orders/commands/confirm-order.command.js';
import { MarkReady } from '../orders/commands/mark-ready.command.js';
import { PlaceOrder } from '../orders/commands/place-order.command.js';
import { StartCooking } from '../orders/commands/start-cooking.command.js';
import { GetOrder } from '../orders/queries/get-order.query.js';
import { GetSalesToday } from '../sales/queries/get-sales-today.query.js';
import { GetTopPizzas } from '../sales/queries/get-top-pizzas.query.js';
import { pizzeriaSeed, seedPizzeria } from '../seed.js';
import { PrintEventHandler } from './print-event.handler.js';
import { Printer } from './printer.js';

/**
 * One order's whole life in an in-memory pizzeria, from placed to delivered: it prints each command,
 * each event as its handler sees it, the confirmation email, the customer's notifications, the
 * sales figures and the order as `GetOrder` reads it at the end.
 */
export async function runDemo(print: Printer): Promise<void> {
  const container = new Container();
  // Seeding raises a dozen events nobody needs to read: the printer stays muted until it is done.
  let muted = true;
  container.bind(Printer).toConstantValue((line: string) => void (muted || print(line)));
  const mailer = new InMemoryMailer();
  const seed = pizzeriaSeed();
  const pizzeria = await createPizzeria({
    container,
    mailer,
    menu: seed.menu,
    recipes: seed.recipes,
    eventHandlers: [PrintEventHandler],
  });
  const { mediator } = pizzeria;
  try {
    await seedPizzeria(pizzeria, seed);
    await pizzeria.drain();
    muted = false;
    print(`Seeded: ${seed.ingredients.length} ingredients, drivers ${seed.drivers.map((d) => d.name).join(' and ')}`);

    print('PlaceOrder: a large margherita with mushrooms and a small marinara, for Luigi');
    const { orderId, customerId, totalCents } = await mediator.send(PlaceOrder, {
      customer: { name: 'Luigi', email: 'luigi@example.com', phone: '+39 06 1234 5678' },
      items: [
        { pizzaId: 'margherita', size: 'L', toppings: ['mushrooms'] },
        { pizzaId: 'marinara', size: 'S' },
      ],
    });
    // Handlers run after the commit, in the background: drain() waits for them so the output reads in order.
    await pizzeria.drain();
    print(`  order ${orderId} placed for customer ${customerId}, total ${Money.cents(totalCents).format()}`);

    const steps = [
      ['ConfirmOrder', () => mediator.send(ConfirmOrder, { orderId })],
      ['StartCooking', () => mediator.send(StartCooking, { orderId })],
      ['MarkReady', () => mediator.send(MarkReady, { orderId })],
      ['AssignDriver', () => mediator.send(AssignDriver, { orderId })],
      ['MarkOutForDelivery', () => mediator.send(MarkOutForDelivery, { orderId })],
      ['MarkDelivered', () => mediator.send(MarkDelivered, { orderId })],
    ] as const;
    for (const [label, send] of steps) {
      print(label);
      await reportAround(pizzeria, mailer, customerId, print, send);
    }

    const notifications = await mediator.query(ListNotifications, { customerId });
    const first = notifications.at(-1);
    if (first !== undefined) await mediator.send(DismissNotification, { notificationId: first.id });
    const left = await mediator.query(ListNotifications, { customerId });
    print(`Notifications: ${notifications.length} for Luigi, ${left.length} left after dismissing the oldest`);
    const tickets = await pizzeria.container.get(KitchenBoard).tickets();
    print(`Kitchen board: ${tickets.length} ticket(s), ${tickets.map((t) => t.customerName).join(', ')}`);
    const drivers = await mediator.query(ListDrivers, {});
    print(`Drivers: ${drivers.map((d) => `${d.name} ${d.status}`).join(', ')}`);
    const sales = await mediator.query(GetSalesToday, {});
    const top = await mediator.query(GetTopPizzas, { limit: 3 });
    print(
      `Sales today: ${sales.orders} order(s), ${sales.pizzas} pizza(s), ${Money.cents(sales.revenueCents).format()}`,
    );
    print(`Top pizzas: ${top.map((p) => `${p.pizzaName} ×${p.quantity}`).join(', ')}`);
    const order = await mediator.query(GetOrder, { orderId });
    print(`GetOrder: ${order.status}, version ${order.version}, total ${order.total}, driver ${order.driverId ?? '-'}`);
  } finally {
    await pizzeria.close();
  }
}

/** Sends one command, waits for its handlers, then prints the emails and notifications it caused. */
async function reportAround(
  pizzeria: Glia,
  mailer: InMemoryMailer,
  customerId: string,
  print: Printer,
  send: () => Promise<unknown>,
): Promise<void> {
  const mailsBefore = mailer.sent.length;
  const seen = new Set((await pizzeria.mediator.query(ListNotifications, { customerId })).map((n) => n.id));
  await send();
  await pizzeria.drain();
  for (const email of mailer.sent.slice(mailsBefore)) {
    print(`  email  to ${email.to}: ${email.subject}`);
    for (const line of email.text.split('\n')) print(`         | ${line}`);
  }
  const now = await pizzeria.mediator.query(ListNotifications, { customerId });
  for (const n of now.filter((x) => !seen.has(x.id)).reverse()) print(`  notify ${n.kind}: ${n.message}`);
}
