import { DomainEvent, EventType } from '@glia/core';

/** The driver delivered the order and is available again. */
@EventType('pizzeria.delivery.DriverReturned.v1')
export class DriverReturned extends DomainEvent {
  /** Records the driver and the order. */
  constructor(
    /** The driver. */
    readonly driverId: string,
    /** The order delivered. */
    readonly orderId: string,
  ) {
    super();
  }
}
