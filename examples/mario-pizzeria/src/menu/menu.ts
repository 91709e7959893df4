import { MenuErrors } from './menu.errors.js';
import type { Pizza } from './pizza.js';
import type { PizzaChoice } from './pizza-choice.js';
import { pricePizza } from './pizza-pricing.js';
import type { PricedPizza } from './priced-pizza.js';
import type { Topping } from './topping.js';

/** What the pizzeria sells: its pizzas and extra toppings, and the price of any combination. */
export class Menu {
  private readonly pizzaById: ReadonlyMap<string, Pizza>;
  private readonly toppingById: ReadonlyMap<string, Topping>;

  /** A menu of these pizzas and toppings. */
  constructor(pizzas: readonly Pizza[], toppings: readonly Topping[]) {
    this.pizzaById = new Map(pizzas.map((p) => [p.id, p]));
    this.toppingById = new Map(toppings.map((t) => [t.id, t]));
  }

  /** Every pizza, in menu order. */
  get pizzas(): readonly Pizza[] {
    return [...this.pizzaById.values()];
  }

  /** Every extra topping, in menu order. */
  get toppings(): readonly Topping[] {
    return [...this.toppingById.values()];
  }

  /** Checks a customer's choice against the menu and prices it; unknown or repeated items are refused. */
  price(choice: PizzaChoice): PricedPizza {
    const pizza = this.pizzaById.get(choice.pizzaId);
    if (pizza === undefined) throw MenuErrors.unknownPizza(choice.pizzaId);
    const seen = new Set<string>();
    const toppings = choice.toppings.map((id) => {
      if (seen.has(id)) throw MenuErrors.duplicateTopping(id);
      seen.add(id);
      const topping = this.toppingById.get(id);
      if (topping === undefined) throw MenuErrors.unknownTopping(id);
      return topping;
    });
    return {
      pizzaId: pizza.id,
      pizzaName: pizza.name,
      size: choice.size,
      toppings: [...choice.toppings],
      price: pricePizza(pizza, choice.size, toppings),
    };
  }
}
