import { DomainEvent, EventType } from '@glia/core';
import type { OrderLine } from '../order-line.js';

/** A priced pizza was added to a pending order. */
@EventType('pizzeria.orders.PizzaAddedToOrder.v1')
export class PizzaAddedToOrder extends DomainEvent {
  /** Records the added line. */
  constructor(
    /** The line added, priced. */
    readonly line: OrderLine,
  ) {
    super();
  }
}
