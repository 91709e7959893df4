import type { ServiceIdentifier } from 'inversify';
import type { KitchenTicket } from './kitchen-ticket.js';

/** The board of tickets the cooks work from: a read model behind a port (in memory or SQL). */
export interface KitchenBoard {
  /** Pins a ticket; a ticket already pinned for the order is kept, so redelivered events pin nothing twice. */
  pin(ticket: KitchenTicket): Promise<boolean>;
  /** Every pinned ticket, oldest first. */
  tickets(): Promise<readonly KitchenTicket[]>;
}

/** The container token of the `KitchenBoard` port. */
export const KitchenBoard: ServiceIdentifier<KitchenBoard> = Symbol.for('pizzeria.KitchenBoard');
