import { DomainEvent, EventType } from '@glia/core';

/** A pizza was taken out of a pending order. */
@EventType('pizzeria.orders.PizzaRemovedFromOrder.v1')
export class PizzaRemovedFromOrder extends DomainEvent {
  /** Records which line left the order. */
  constructor(
    /** The line removed. */
    readonly lineId: string,
    /** The pizza it held. */
    readonly pizzaId: string,
  ) {
    super();
  }
}
