import type { KitchenBoard } from './kitchen-board.js';
import type { KitchenTicket } from './kitchen-ticket.js';

/** The kitchen board in a map, for the demo and for tests. */
export class InMemoryKitchenBoard implements KitchenBoard {
  private readonly byOrder = new Map<string, KitchenTicket>();

  /** Pins the ticket unless its order has one. */
  async pin(ticket: KitchenTicket): Promise<boolean> {
    if (this.byOrder.has(ticket.orderId)) return false;
    this.byOrder.set(ticket.orderId, ticket);
    return true;
  }

  /** Lists the tickets in the order they were pinned. */
  async tickets(): Promise<readonly KitchenTicket[]> {
    return [...this.byOrder.values()];
  }
}
