import { Money } from '../menu/money.js';
import type { OrderConfirmed } from '../orders/events/order-confirmed.event.js';
import type { Email } from './email.js';

/**
 * The confirmation email for an order, keyed by the event id so a redelivery sends nothing new;
 * undefined when the customer gave no email address (a phone-only customer).
 */
export function confirmationEmail(event: OrderConfirmed): Email | undefined {
  const to = event.customer.email;
  if (to === undefined) return undefined;
  const lines = event.lines.map((line) => {
    const extras = line.toppings.length === 0 ? '' : ` + ${line.toppings.join(', ')}`;
    return `- ${line.pizzaName} (${line.size})${extras}: ${Money.cents(line.priceCents).format()}`;
  });
  return {
    messageId: `order-confirmed-${event.eventId}`,
    to,
    subject: `Mario's Pizzeria: order ${event.aggregateId ?? ''} confirmed`,
    text: [
      `Ciao ${event.customer.name}!`,
      '',
      'We have your order:',
      ...lines,
      `Total: ${Money.cents(event.totalCents).format()}`,
      '',
      'It goes into the oven soon.',
    ].join('\n'),
    ...(event.aggregateId === undefined ? {} : { orderId: event.aggregateId }),
  };
}
