import { DomainEvent, EventType } from '@glia/core';
import type { IngredientQuantities } from '../ingredient-quantities.js';

/** A confirmed order was cancelled before cooking: its ingredients went back into stock. */
@EventType('pizzeria.inventory.IngredientsReturned.v1')
export class IngredientsReturned extends DomainEvent {
  /** Records the order and what came back. */
  constructor(
    /** The order cancelled. */
    readonly orderId: string,
    /** What came back, by ingredient. */
    readonly quantities: IngredientQuantities,
  ) {
    super();
  }
}
