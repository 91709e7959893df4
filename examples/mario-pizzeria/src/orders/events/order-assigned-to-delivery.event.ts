import { DomainEvent, EventType } from '@glia/core';

/** A driver was assigned to the ready order. */
@EventType('pizzeria.orders.OrderAssignedToDelivery.v1')
export class OrderAssignedToDelivery extends DomainEvent {
  /** Records the driver. */
  constructor(
    /** The driver who will take it. */
    readonly driverId: string,
  ) {
    super();
  }
}
