import { InvalidOperationError } from '@glia/core';
import type { IngredientShortage } from './ingredient-shortage.js';

/** Stable codes of every refusal of the inventory. */
export const InventoryErrorCodes = {
  Insufficient: 'INVENTORY.INSUFFICIENT',
  UnknownIngredient: 'INVENTORY.UNKNOWN_INGREDIENT',
  DuplicateIngredient: 'INVENTORY.DUPLICATE_INGREDIENT',
  InvalidQuantity: 'INVENTORY.INVALID_QUANTITY',
  NoRecipe: 'INVENTORY.NO_RECIPE',
} as const;

/** Named factories for the inventory's errors. */
export const InventoryErrors = {
  /** The stock cannot cover what an order needs; `missing` says what is short and by how much. */
  insufficient: (orderId: string, missing: readonly IngredientShortage[]) =>
    new InvalidOperationError(
      InventoryErrorCodes.Insufficient,
      `Order ${orderId} cannot be made: not enough ${missing.map((m) => m.ingredientId).join(', ')}.`,
      { details: { orderId, missing } },
    ),
  /** No ingredient has this id. */
  unknownIngredient: (ingredientId: string) =>
    new InvalidOperationError(InventoryErrorCodes.UnknownIngredient, `There is no ingredient '${ingredientId}'.`, {
      details: { ingredientId },
    }),
  /** An ingredient with this id exists already. */
  duplicateIngredient: (ingredientId: string) =>
    new InvalidOperationError(
      InventoryErrorCodes.DuplicateIngredient,
      `Ingredient '${ingredientId}' is stocked already.`,
      { details: { ingredientId } },
    ),
  /** Quantities are whole, non-negative numbers (positive for a restock). */
  invalidQuantity: (ingredientId: string, quantity: number) =>
    new InvalidOperationError(
      InventoryErrorCodes.InvalidQuantity,
      `${quantity} is not a valid quantity of '${ingredientId}'.`,
      { details: { ingredientId, quantity } },
    ),
  /** The recipe book has no recipe for a pizza or topping. */
  noRecipe: (item: string) =>
    new InvalidOperationError(InventoryErrorCodes.NoRecipe, `There is no recipe for '${item}'.`, {
      details: { item },
    }),
};
