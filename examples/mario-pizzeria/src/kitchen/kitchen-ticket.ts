import type { PizzaSize } from '../menu/pizza-size.js';

/** One pizza as the cook reads it off a ticket. */
export type TicketItem = {
  readonly pizzaName: string;
  readonly size: PizzaSize;
  readonly toppings: readonly string[];
};

/** A confirmed order pinned on the kitchen board. */
export type KitchenTicket = {
  /** The order it belongs to; one ticket per order. */
  readonly orderId: string;
  /** Name called out when it is ready. */
  readonly customerName: string;
  /** What to cook. */
  readonly items: readonly TicketItem[];
};
