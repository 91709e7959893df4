import { DomainEvent, EventType } from '@glia/core';
import type { Ingredient } from '../ingredient.js';

/** A new ingredient is kept in stock. */
@EventType('pizzeria.inventory.IngredientAdded.v1')
export class IngredientAdded extends DomainEvent {
  /** Records the ingredient with its opening stock. */
  constructor(
    /** The ingredient as added. */
    readonly ingredient: Ingredient,
  ) {
    super();
  }
}
