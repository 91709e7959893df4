import { Money } from './money.js';
import type { Pizza } from './pizza.js';
import type { PizzaSize } from './pizza-size.js';
import type { Topping } from './topping.js';

/** What each size adds to (or takes off) a pizza's base price, which is the medium price. */
export const SIZE_ADJUSTMENT: Readonly<Record<PizzaSize, Money>> = Object.freeze({
  S: Money.cents(-200),
  M: Money.zero,
  L: Money.cents(300),
});

/**
 * The pizzeria's one pricing rule, used everywhere a price is shown or charged:
 * base price + size adjustment + the price of each extra topping.
 */
export function pricePizza(pizza: Pizza, size: PizzaSize, toppings: readonly Topping[]): Money {
  return pizza.basePrice.plus(SIZE_ADJUSTMENT[size]).plus(Money.sum(toppings.map((t) => t.price)));
}
