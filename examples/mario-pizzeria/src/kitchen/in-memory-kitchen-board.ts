import type { KitchenBoard } from './kitchen-board.js';
import type { KitchenTicket } from './kitchen-ticket.js';

/** The kitchen board in a map, for the demo and for tests. */
export class InMemoryKitchenBoard implements KitchenBoard {
  // `null` marks an order whose ticket was withdrawn: it keeps the order's place, so nothing pins it again.
  private readonly byOrder = new Map<string, KitchenTicket | null>();

  /** Pins the ticket unless its order has one, or had one withdrawn. */
  async pin(ticket: KitchenTicket): Promise<boolean> {
    if (this.byOrder.has(ticket.orderId)) return false;
    this.byOrder.set(ticket.orderId, ticket);
    return true;
  }

  /** Marks the order's ticket withdrawn, pinned or not. */
  async withdraw(orderId: string): Promise<boolean> {
    if (this.byOrder.get(orderId) === null) return false;
    this.byOrder.set(orderId, null);
    return true;
  }

  /** Lists the tickets still up, in the order they were pinned. */
  async tickets(): Promise<readonly KitchenTicket[]> {
    return [...this.byOrder.values()].filter((t): t is KitchenTicket => t !== null);
  }
}
