/** One ingredient an order needs more of than there is. */
export type IngredientShortage = {
  readonly ingredientId: string;
  /** How much the order needs. */
  readonly needed: number;
  /** How much is in stock. */
  readonly available: number;
};
