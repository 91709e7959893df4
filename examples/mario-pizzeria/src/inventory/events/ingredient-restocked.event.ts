import { DomainEvent, EventType } from '@glia/core';

/** A delivery of one ingredient arrived. */
@EventType('pizzeria.inventory.IngredientRestocked.v1')
export class IngredientRestocked extends DomainEvent {
  /** Records how much arrived and the stock after it. */
  constructor(
    /** The ingredient restocked. */
    readonly ingredientId: string,
    /** How much arrived. */
    readonly quantity: number,
    /** The stock once it arrived. */
    readonly stock: number,
  ) {
    super();
  }
}
