import { HandlesEvent, type DomainEventHandler, type Raised } from '@glia/core';
import { inject } from 'inversify';
import { OrderCancelled } from '../orders/events/order-cancelled.event.js';
import { OrderConfirmed } from '../orders/events/order-confirmed.event.js';
import { KitchenBoard } from './kitchen-board.js';

/**
 * Keeps one ticket per order on the kitchen board: pinned when the order is confirmed, withdrawn when a
 * confirmed order is cancelled (the order refuses cancellation once cooking started). The board remembers
 * a withdrawal, so redelivered or out-of-order events leave the same board.
 */
@HandlesEvent(OrderConfirmed, OrderCancelled, { name: 'pizzeria.kitchen.KitchenTicket' })
export class KitchenTicketHandler implements DomainEventHandler<OrderConfirmed | OrderCancelled> {
  /** Receives the board. */
  constructor(@inject(KitchenBoard) private readonly board: KitchenBoard) {}

  /** Pins the confirmed order's ticket, or withdraws the cancelled order's. */
  async handle(event: Raised<OrderConfirmed | OrderCancelled>): Promise<void> {
    const orderId = event.aggregateId;
    if (event instanceof OrderCancelled) {
      // An order cancelled while pending never reached the kitchen: there is nothing to withdraw.
      if (event.previousStatus === 'confirmed') await this.board.withdraw(orderId);
      return;
    }
    await this.board.pin({
      orderId,
      customerName: event.customer.name,
      items: event.lines.map(({ pizzaName, size, toppings }) => ({ pizzaName, size, toppings })),
    });
  }
}
