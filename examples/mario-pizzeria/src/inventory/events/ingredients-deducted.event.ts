import { DomainEvent, EventType } from '@glia/core';
import type { IngredientQuantities } from '../ingredient-quantities.js';

/** The ingredients of a confirmed order were taken out of stock. */
@EventType('pizzeria.inventory.IngredientsDeducted.v1')
export class IngredientsDeducted extends DomainEvent {
  /** Records the order and what it took. */
  constructor(
    /** The order confirmed. */
    readonly orderId: string,
    /** What was taken, by ingredient. */
    readonly quantities: IngredientQuantities,
  ) {
    super();
  }
}
