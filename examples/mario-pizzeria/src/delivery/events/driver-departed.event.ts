import { DomainEvent, EventType } from '@glia/core';

/** The driver left the shop with the order. */
@EventType('pizzeria.delivery.DriverDeparted.v1')
export class DriverDeparted extends DomainEvent {
  /** Records the driver and the order. */
  constructor(
    /** The driver. */
    readonly driverId: string,
    /** The order on the road. */
    readonly orderId: string,
  ) {
    super();
  }
}
