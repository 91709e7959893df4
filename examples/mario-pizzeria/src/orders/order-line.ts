import type { PizzaSize } from '../menu/pizza-size.js';

/** One pizza in an order, priced when it was added (plain data, so it serialises as is). */
export type OrderLine = {
  /** Identifies the line within its order, e.g. `line-2`; used to remove it. */
  readonly lineId: string;
  /** Id of the pizza on the menu. */
  readonly pizzaId: string;
  /** The pizza's name when it was ordered. */
  readonly pizzaName: string;
  /** Its size. */
  readonly size: PizzaSize;
  /** Ids of its extra toppings. */
  readonly toppings: readonly string[];
  /** Its price in integer cents, fixed when it was added. */
  readonly priceCents: number;
};
