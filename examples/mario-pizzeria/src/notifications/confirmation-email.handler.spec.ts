import { describe, expect, it } from '@jest/globals';
import { defaultMenu } from '../menu/default-menu.js';
import { OrderConfirmed } from '../orders/events/order-confirmed.event.js';
import { Order } from '../orders/order.aggregate.js';
import { ConfirmationEmailHandler } from './confirmation-email.handler.js';
import type { Email } from './email.js';
import { InMemoryMailer } from './in-memory-mailer.js';
import type { Mailer } from './mailer.js';

/** Records what it is asked to send, duplicates included, so the test sees every call. */
class FakeMailer implements Mailer {
  readonly calls: Email[] = [];
  async send(email: Email): Promise<void> {
    this.calls.push(email);
  }
}

function confirmedEvent(): OrderConfirmed {
  const menu = defaultMenu();
  const order = Order.create('o-42', { name: 'Luigi', email: 'luigi@example.com' });
  order.addPizza(menu.price({ pizzaId: 'margherita', size: 'L', toppings: ['mushrooms', 'basil'] }));
  order.addPizza(menu.price({ pizzaId: 'marinara', size: 'S', toppings: [] }));
  order.confirm();
  const event = order.getUncommittedEvents().at(-1);
  if (!(event instanceof OrderConfirmed)) throw new Error('the order did not raise OrderConfirmed');
  return event;
}

describe('ConfirmationEmailHandler', () => {
  it('sends the customer one email listing each pizza and the total', async () => {
    const mailer = new FakeMailer();
    const event = confirmedEvent();

    await new ConfirmationEmailHandler(mailer).handle(event);

    expect(mailer.calls).toHaveLength(1);
    const [email] = mailer.calls;
    expect(email?.to).toBe('luigi@example.com');
    expect(email?.subject).toContain('o-42');
    expect(email?.text).toContain('Ciao Luigi!');
    expect(email?.text).toContain('Margherita (L) + mushrooms, basil: €14.00');
    expect(email?.text).toContain('Marinara (S): €6.00');
    expect(email?.text).toContain('Total: €20.00');
  });

  it('keys the email by the event, so a redelivered event is not mailed twice', async () => {
    const event = confirmedEvent();
    const fake = new FakeMailer();
    await new ConfirmationEmailHandler(fake).handle(event);
    await new ConfirmationEmailHandler(fake).handle(event);
    expect(fake.calls[0]?.messageId).toBe(fake.calls[1]?.messageId);

    const mailer = new InMemoryMailer();
    await new ConfirmationEmailHandler(mailer).handle(event);
    await new ConfirmationEmailHandler(mailer).handle(event);
    expect(mailer.sent).toHaveLength(1);
  });

  it('sends nothing to a customer who gave only a phone number', async () => {
    const order = Order.create('o-43', { customerId: 'c-1', name: 'Peach', phone: '+39 06 555 0101' });
    order.addPizza(defaultMenu().price({ pizzaId: 'marinara', size: 'M', toppings: [] }));
    order.confirm();
    const mailer = new FakeMailer();
    await new ConfirmationEmailHandler(mailer).handle(order.getUncommittedEvents().at(-1) as OrderConfirmed);
    expect(mailer.calls).toEqual([]);
  });
});
