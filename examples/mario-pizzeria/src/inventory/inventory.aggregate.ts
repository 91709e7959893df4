import { AggregateRoot, AggregateType } from '@glia/core';
import { IngredientAdded } from './events/ingredient-added.event.js';
import { IngredientRestocked } from './events/ingredient-restocked.event.js';
import { IngredientsDeducted } from './events/ingredients-deducted.event.js';
import { IngredientsReturned } from './events/ingredients-returned.event.js';
import { LowStock } from './events/low-stock.event.js';
import type { Ingredient } from './ingredient.js';
import type { IngredientQuantities } from './ingredient-quantities.js';
import type { IngredientShortage } from './ingredient-shortage.js';
import type { InventorySnapshot } from './inventory-snapshot.js';
import { InventoryErrors } from './inventory.errors.js';

/**
 * The ingredients in stock. One aggregate for the whole kitchen, so an order's deduction is checked
 * against the same stock every other deduction changed: two orders cannot both take the last ball of
 * dough (the loser's commit is a `ConcurrencyError`).
 */
@AggregateType('pizzeria.inventory.Inventory')
export class Inventory extends AggregateRoot {
  private state: Omit<InventorySnapshot, 'id'>;

  private constructor(
    /** The inventory's id. */
    readonly id: string,
    state: Omit<InventorySnapshot, 'id'>,
  ) {
    super();
    this.state = state;
  }

  /** An empty inventory; ingredients come with `addIngredient`. */
  static create(id: string): Inventory {
    return new Inventory(id, { ingredients: [] });
  }

  /** Rebuilds the inventory from its snapshot, raising nothing; used by the mapper. */
  static fromSnapshot({ id, ...state }: InventorySnapshot): Inventory {
    return new Inventory(id, { ingredients: state.ingredients.map((i) => ({ ...i })) });
  }

  /** The inventory's state as plain data. */
  toSnapshot(): InventorySnapshot {
    return { id: this.id, ingredients: this.state.ingredients.map((i) => ({ ...i })) };
  }

  /** Every ingredient, in the order it was added. */
  get ingredients(): readonly Ingredient[] {
    return this.state.ingredients;
  }

  /** Starts keeping an ingredient, with its opening stock and low-stock threshold. */
  addIngredient(ingredient: Ingredient): void {
    if (this.find(ingredient.id) !== undefined) throw InventoryErrors.duplicateIngredient(ingredient.id);
    checkQuantity(ingredient.id, ingredient.stock, 0);
    checkQuantity(ingredient.id, ingredient.lowStockThreshold, 0);
    this.state = { ingredients: [...this.state.ingredients, { ...ingredient }] };
    this.raiseEvent(new IngredientAdded({ ...ingredient }));
  }

  /** Adds a delivery of one ingredient to its stock. */
  restock(ingredientId: string, quantity: number): void {
    const ingredient = this.find(ingredientId);
    if (ingredient === undefined) throw InventoryErrors.unknownIngredient(ingredientId);
    checkQuantity(ingredientId, quantity, 1);
    const stock = ingredient.stock + quantity;
    this.setStock({ [ingredientId]: stock });
    this.raiseEvent(new IngredientRestocked(ingredientId, quantity, stock));
  }

  /**
   * Takes what an order needs out of stock, all or nothing: if anything is short the whole order is
   * refused with `INVENTORY.INSUFFICIENT` and nothing is deducted. Raises `LowStock` for every
   * ingredient this deduction took under its threshold.
   */
  deductFor(orderId: string, needs: IngredientQuantities): void {
    const missing: IngredientShortage[] = [];
    for (const [ingredientId, needed] of Object.entries(needs)) {
      const available = this.find(ingredientId)?.stock ?? 0;
      if (available < needed) missing.push({ ingredientId, needed, available });
    }
    if (missing.length > 0) throw InventoryErrors.insufficient(orderId, missing);
    const before = this.state.ingredients;
    this.setStock(Object.fromEntries(Object.entries(needs).map(([id, n]) => [id, (this.find(id)?.stock ?? 0) - n])));
    this.raiseEvent(new IngredientsDeducted(orderId, { ...needs }));
    for (const ingredient of this.state.ingredients) {
      const was = before.find((i) => i.id === ingredient.id)?.stock ?? 0;
      if (was >= ingredient.lowStockThreshold && ingredient.stock < ingredient.lowStockThreshold) {
        this.raiseEvent(new LowStock(ingredient.id, ingredient.stock, ingredient.lowStockThreshold));
      }
    }
  }

  /** Puts back what a cancelled order had taken; ingredients no longer kept are skipped. */
  returnFor(orderId: string, quantities: IngredientQuantities): void {
    const kept = Object.entries(quantities).filter(([id]) => this.find(id) !== undefined);
    if (kept.length === 0) return;
    this.setStock(Object.fromEntries(kept.map(([id, n]) => [id, (this.find(id)?.stock ?? 0) + n])));
    this.raiseEvent(new IngredientsReturned(orderId, Object.fromEntries(kept)));
  }

  private find(ingredientId: string): Ingredient | undefined {
    return this.state.ingredients.find((i) => i.id === ingredientId);
  }

  private setStock(stockById: Readonly<Record<string, number>>): void {
    this.state = {
      ingredients: this.state.ingredients.map((i) =>
        i.id in stockById ? { ...i, stock: stockById[i.id] as number } : i,
      ),
    };
  }
}

function checkQuantity(ingredientId: string, quantity: number, min: number): void {
  if (!Number.isSafeInteger(quantity) || quantity < min) throw InventoryErrors.invalidQuantity(ingredientId, quantity);
}
