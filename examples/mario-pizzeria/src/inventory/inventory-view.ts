import type { Ingredient } from './ingredient.js';
import type { Inventory } from './inventory.aggregate.js';

/** The inventory as queries return it: each ingredient with whether it is low. */
export type InventoryView = {
  readonly ingredients: ReadonlyArray<Ingredient & { readonly low: boolean }>;
  /** The version the inventory is stored at (0 before anything was stocked). */
  readonly version: number;
};

/** Reads the inventory (or its absence) into its view. */
export function toInventoryView(inventory: Inventory | undefined): InventoryView {
  if (inventory === undefined) return { ingredients: [], version: 0 };
  return {
    ingredients: inventory.ingredients.map((i) => ({ ...i, low: i.stock < i.lowStockThreshold })),
    version: inventory.version,
  };
}
