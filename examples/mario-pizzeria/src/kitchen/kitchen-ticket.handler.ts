import { HandlesEvent, type DomainEventHandler } from '@glia/core';
import { inject } from 'inversify';
import { OrderConfirmed } from '../orders/events/order-confirmed.event.js';
import { KitchenBoard } from './kitchen-board.js';

/** Pins a ticket on the kitchen board for every confirmed order. */
@HandlesEvent(OrderConfirmed, { name: 'pizzeria.kitchen.KitchenTicket' })
export class KitchenTicketHandler implements DomainEventHandler<OrderConfirmed> {
  /** Receives the board. */
  constructor(@inject(KitchenBoard) private readonly board: KitchenBoard) {}

  /** Turns the confirmed order into a ticket. */
  async handle(event: OrderConfirmed): Promise<void> {
    await this.board.pin({
      orderId: event.aggregateId as string,
      customerName: event.customer.name,
      items: event.lines.map(({ pizzaName, size, toppings }) => ({ pizzaName, size, toppings })),
    });
  }
}
