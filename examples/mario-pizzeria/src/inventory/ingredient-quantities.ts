/** How much of each ingredient something takes, by ingredient id, in whole units. */
export type IngredientQuantities = Readonly<Record<string, number>>;
