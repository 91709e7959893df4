import { DomainEvent, EventType } from '@glia/core';

/** The order came out of the oven and waits for a driver. */
@EventType('pizzeria.orders.OrderReady.v1')
export class OrderReady extends DomainEvent {
  /** Records that the order is ready. */
  constructor() {
    super();
  }
}
