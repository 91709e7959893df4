import type { Ingredient } from './ingredient.js';

/** The whole state of the inventory as plain JSON: what a durable store keeps. */
export type InventorySnapshot = {
  readonly id: string;
  /** Every ingredient, in the order it was added. */
  readonly ingredients: readonly Ingredient[];
};
