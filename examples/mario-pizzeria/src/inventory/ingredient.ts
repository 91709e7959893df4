/** One ingredient the kitchen keeps in stock, counted in whole grams or millilitres. */
export type Ingredient = {
  /** Stable id used by recipes, e.g. `mozzarella`. */
  readonly id: string;
  /** Name shown to the manager. */
  readonly name: string;
  /** The unit its quantities are counted in. */
  readonly unit: 'g' | 'ml';
  /** How much is in stock, a whole number of units. */
  readonly stock: number;
  /** Under this much, the ingredient is low on stock and a `LowStock` event says so. */
  readonly lowStockThreshold: number;
};
