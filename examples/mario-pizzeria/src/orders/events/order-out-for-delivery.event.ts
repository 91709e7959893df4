import { DomainEvent, EventType } from '@glia/core';

/** The driver left with the order. */
@EventType('pizzeria.orders.OrderOutForDelivery.v1')
export class OrderOutForDelivery extends DomainEvent {
  /** Records who is delivering. */
  constructor(
    /** The driver on the road with it. */
    readonly driverId: string,
  ) {
    super();
  }
}
