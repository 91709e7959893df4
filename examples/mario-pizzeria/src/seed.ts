import type { Glia } from '@glia/core';
import { HireDriver } from './delivery/commands/hire-driver.command.js';
import { ListDrivers } from './delivery/queries/list-drivers.query.js';
import { AddIngredient } from './inventory/commands/add-ingredient.command.js';
import { defaultRecipes } from './inventory/default-recipes.js';
import type { Ingredient } from './inventory/ingredient.js';
import type { RecipeBook } from './inventory/recipe-book.js';
import { GetInventory } from './inventory/queries/get-inventory.query.js';
import { defaultMenu } from './menu/default-menu.js';
import type { Menu } from './menu/menu.js';

/** What a fresh pizzeria starts with. */
export type PizzeriaSeed = {
  /** What is sold (passed to `createPizzeria`). */
  readonly menu: Menu;
  /** What each pizza and topping is made of (passed to `createPizzeria`). */
  readonly recipes: RecipeBook;
  /** The drivers hired on the first start. */
  readonly drivers: ReadonlyArray<{ readonly driverId: string; readonly name: string }>;
  /** The opening stock. */
  readonly ingredients: readonly Ingredient[];
};

/** Mario's pizzeria on its first day: the menu, the recipes, two drivers and a full larder. */
export function pizzeriaSeed(): PizzeriaSeed {
  const g = (id: string, name: string, stock: number, lowStockThreshold: number): Ingredient => ({
    id,
    name,
    unit: 'g',
    stock,
    lowStockThreshold,
  });
  return {
    menu: defaultMenu(),
    recipes: defaultRecipes(),
    drivers: [
      { driverId: 'driver-toad', name: 'Toad' },
      { driverId: 'driver-yoshi', name: 'Yoshi' },
    ],
    ingredients: [
      g('dough', 'Pizza dough', 10_000, 2_000),
      { id: 'tomato', name: 'Tomato sauce', unit: 'ml', stock: 5_000, lowStockThreshold: 1_000 },
      g('mozzarella', 'Mozzarella', 6_000, 1_200),
      g('basil', 'Fresh basil', 300, 60),
      g('garlic', 'Garlic', 300, 50),
      g('oregano', 'Oregano', 200, 40),
      g('pepperoni', 'Pepperoni', 2_000, 400),
      g('gorgonzola', 'Gorgonzola', 1_000, 200),
      g('parmesan', 'Parmesan', 1_000, 200),
      g('fontina', 'Fontina', 1_000, 200),
      g('mushrooms', 'Mushrooms', 2_000, 400),
      g('olives', 'Olives', 1_500, 300),
    ],
  };
}

/**
 * Stocks the larder and hires the drivers through the mediator, skipping what exists already, so it
 * is safe to run on every start (state kept by a durable store survives restarts).
 */
export async function seedPizzeria(glia: Glia, seed: PizzeriaSeed = pizzeriaSeed()): Promise<void> {
  const { mediator } = glia;
  const stocked = new Set((await mediator.query(GetInventory, {})).ingredients.map((i) => i.id));
  for (const ingredient of seed.ingredients) {
    if (!stocked.has(ingredient.id)) await mediator.send(AddIngredient, ingredient);
  }
  const hired = new Set((await mediator.query(ListDrivers, {})).map((d) => d.id));
  for (const driver of seed.drivers) {
    if (!hired.has(driver.driverId)) await mediator.send(HireDriver, driver);
  }
}
