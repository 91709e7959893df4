import type { Money } from './money.js';

/** A pizza on the menu. */
export type Pizza = {
  /** Stable id used by orders, e.g. `margherita`. */
  readonly id: string;
  /** Name shown to customers. */
  readonly name: string;
  /** Price of a medium pizza with no extra toppings. */
  readonly basePrice: Money;
};
