import { Container } from 'inversify';
import { createPizzeria } from '../app.js';
import { KitchenBoard } from '../kitchen/kitchen-board.js';
import { Money } from '../menu/money.js';
import { InMemoryMailer } from '../notifications/in-memory-mailer.js';
import { ConfirmOrder } from '../orders/commands/confirm-order.command.js';
import { MarkReady } from '../orders/commands/mark-ready.command.js';
import { PlaceOrder } from '../orders/commands/place-order.command.js';
import { StartCooking } from '../orders/commands/start-cooking.command.js';
import { GetOrder } from '../orders/queries/get-order.query.js';
import { PrintEventHandler } from './print-event.handler.js';
import { Printer } from './printer.js';

/**
 * The smallest end-to-end run: an in-memory pizzeria takes one order from placed to ready, printing
 * each command, each event as its handler sees it, and the confirmation email.
 */
export async function runDemo(print: Printer): Promise<void> {
  const container = new Container();
  container.bind(Printer).toConstantValue(print);
  const mailer = new InMemoryMailer();
  const pizzeria = await createPizzeria({ container, mailer, eventHandlers: [PrintEventHandler] });
  const { mediator } = pizzeria;
  try {
    print('PlaceOrder: a large margherita with mushrooms and a small marinara, for Luigi');
    const { orderId, totalCents } = await mediator.send(PlaceOrder, {
      customer: { name: 'Luigi', email: 'luigi@example.com' },
      items: [
        { pizzaId: 'margherita', size: 'L', toppings: ['mushrooms'] },
        { pizzaId: 'marinara', size: 'S' },
      ],
    });
    // Handlers run after the commit, in the background: drain() waits for them so the output reads in order.
    await pizzeria.drain();
    print(`  order ${orderId} placed, total ${Money.cents(totalCents).format()}`);

    for (const [label, command] of [
      ['ConfirmOrder', ConfirmOrder],
      ['StartCooking', StartCooking],
      ['MarkReady', MarkReady],
    ] as const) {
      print(label);
      const mailsBefore = mailer.sent.length;
      await mediator.send(command, { orderId });
      await pizzeria.drain();
      for (const email of mailer.sent.slice(mailsBefore)) {
        print(`  email  to ${email.to}: ${email.subject}`);
        for (const line of email.text.split('\n')) print(`         | ${line}`);
      }
    }

    const tickets = pizzeria.container.get(KitchenBoard).tickets();
    print(`Kitchen board: ${tickets.length} ticket(s), ${tickets.map((t) => t.customerName).join(', ')}`);
    const order = await mediator.query(GetOrder, { orderId });
    print(`GetOrder: ${order.status}, version ${order.version}, total ${order.total}`);
  } finally {
    await pizzeria.close();
  }
}
