import { DomainEvent, EventType } from '@glia/core';

/** A driver was given a ready order to deliver. */
@EventType('pizzeria.delivery.DriverAssigned.v1')
export class DriverAssigned extends DomainEvent {
  /** Records the driver and the order. */
  constructor(
    /** The driver. */
    readonly driverId: string,
    /** The order to deliver. */
    readonly orderId: string,
  ) {
    super();
  }
}
