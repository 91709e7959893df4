import { injectable } from 'inversify';
import type { KitchenTicket } from './kitchen-ticket.js';

/** The board of tickets the cooks work from; in memory, one per application. */
@injectable()
export class KitchenBoard {
  private readonly byOrder = new Map<string, KitchenTicket>();

  /** Pins a ticket; a ticket already pinned for the order is kept, so redelivered events pin nothing twice. */
  pin(ticket: KitchenTicket): boolean {
    if (this.byOrder.has(ticket.orderId)) return false;
    this.byOrder.set(ticket.orderId, ticket);
    return true;
  }

  /** Every pinned ticket, oldest first. */
  tickets(): readonly KitchenTicket[] {
    return [...this.byOrder.values()];
  }
}
