import type { ServiceIdentifier } from 'inversify';
import type { KitchenTicket } from './kitchen-ticket.js';

/** The board of tickets the cooks work from: a read model behind a port (in memory or SQL). */
export interface KitchenBoard {
  /**
   * Pins a ticket; a ticket already pinned (or withdrawn) for the order is kept, so redelivered events
   * pin nothing twice and a late `OrderConfirmed` cannot bring back a withdrawn ticket. Returns whether it pinned.
   */
  pin(ticket: KitchenTicket): Promise<boolean>;
  /**
   * Withdraws the order's ticket (its order was cancelled before cooking). Remembered even when the
   * ticket is not pinned yet, so the two events may arrive in either order. Returns whether this call withdrew it.
   */
  withdraw(orderId: string): Promise<boolean>;
  /** Every ticket pinned and not withdrawn, oldest first. */
  tickets(): Promise<readonly KitchenTicket[]>;
}

/** The container token of the `KitchenBoard` port. */
export const KitchenBoard: ServiceIdentifier<KitchenBoard> = Symbol.for('pizzeria.KitchenBoard');
