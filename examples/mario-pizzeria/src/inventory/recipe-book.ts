import type { PizzaChoice } from '../menu/pizza-choice.js';
import type { PizzaSize } from '../menu/pizza-size.js';
import type { IngredientQuantities } from './ingredient-quantities.js';
import { InventoryErrors } from './inventory.errors.js';

/** How much more or less of everything each size takes, in percent of a medium pizza. */
export const SIZE_PERCENT: Readonly<Record<PizzaSize, number>> = Object.freeze({ S: 75, M: 100, L: 150 });

/**
 * What each pizza and topping is made of, for a medium pizza; other sizes scale by `SIZE_PERCENT`
 * (rounded up to whole units). The one place ingredients needed by an order are worked out.
 */
export class RecipeBook {
  /** A book of pizza and topping recipes, each by ingredient id in whole units for a medium pizza. */
  constructor(
    private readonly pizzas: Readonly<Record<string, IngredientQuantities>>,
    private readonly toppings: Readonly<Record<string, IngredientQuantities>>,
  ) {}

  /** The ingredients these pizzas need together; a pizza or topping with no recipe is refused. */
  needsFor(choices: readonly PizzaChoice[]): IngredientQuantities {
    const needs: Record<string, number> = {};
    for (const { pizzaId, size, toppings } of choices) {
      const parts = [this.recipe(this.pizzas, pizzaId), ...toppings.map((t) => this.recipe(this.toppings, t))];
      for (const part of parts) {
        for (const [ingredientId, quantity] of Object.entries(part)) {
          needs[ingredientId] = (needs[ingredientId] ?? 0) + Math.ceil((quantity * SIZE_PERCENT[size]) / 100);
        }
      }
    }
    return needs;
  }

  private recipe(book: Readonly<Record<string, IngredientQuantities>>, id: string): IngredientQuantities {
    const recipe = Object.hasOwn(book, id) ? book[id] : undefined;
    if (recipe === undefined) throw InventoryErrors.noRecipe(id);
    return recipe;
  }
}
