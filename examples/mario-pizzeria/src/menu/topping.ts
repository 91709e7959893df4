import type { Money } from './money.js';

/** An extra topping a customer can add to any pizza. */
export type Topping = {
  /** Stable id used by orders, e.g. `mushrooms`. */
  readonly id: string;
  /** Name shown to customers. */
  readonly name: string;
  /** What it adds to a pizza's price, whatever the size. */
  readonly price: Money;
};
