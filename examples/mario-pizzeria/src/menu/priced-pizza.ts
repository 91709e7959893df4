import type { Money } from './money.js';
import type { PizzaChoice } from './pizza-choice.js';

/** A choice checked against the menu and priced by the pricing rule. */
export type PricedPizza = PizzaChoice & {
  /** The pizza's name as the menu had it when priced. */
  readonly pizzaName: string;
  /** What this pizza costs. */
  readonly price: Money;
};
