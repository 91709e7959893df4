import { HandlesEvent, type DomainEventHandler } from '@glia/core';
import { inject } from 'inversify';
import { OrderConfirmed } from '../orders/events/order-confirmed.event.js';
import { confirmationEmail } from './confirmation-email.js';
import { Mailer } from './mailer.js';

/** Emails the customer a summary of every confirmed order. */
@HandlesEvent(OrderConfirmed, { name: 'pizzeria.notifications.ConfirmationEmail' })
export class ConfirmationEmailHandler implements DomainEventHandler<OrderConfirmed> {
  /** Receives the mailer port, whatever adapter is bound to it. */
  constructor(@inject(Mailer) private readonly mailer: Mailer) {}

  /** Writes and sends the email; customers without an email address get none. */
  async handle(event: OrderConfirmed): Promise<void> {
    const email = confirmationEmail(event);
    if (email !== undefined) await this.mailer.send(email);
  }
}
