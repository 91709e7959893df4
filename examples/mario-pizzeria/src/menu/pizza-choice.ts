import type { PizzaSize } from './pizza-size.js';

/** What a customer picks: a pizza from the menu, a size and extra toppings. */
export type PizzaChoice = {
  /** Id of a pizza on the menu. */
  readonly pizzaId: string;
  /** Its size. */
  readonly size: PizzaSize;
  /** Ids of extra toppings, each at most once. */
  readonly toppings: readonly string[];
};
