import { DomainEvent, EventType } from '@glia/core';

/** An ingredient's stock fell under its threshold: time to order more. Raised once per crossing. */
@EventType('pizzeria.inventory.LowStock.v1')
export class LowStock extends DomainEvent {
  /** Records the ingredient and how low it is. */
  constructor(
    /** The ingredient running low. */
    readonly ingredientId: string,
    /** The stock now. */
    readonly stock: number,
    /** The threshold it fell under. */
    readonly threshold: number,
  ) {
    super();
  }
}
