import { DomainEvent, EventType } from '@glia/core';

/** A driver joined the fleet. */
@EventType('pizzeria.delivery.DriverHired.v1')
export class DriverHired extends DomainEvent {
  /** Records the driver and the name. */
  constructor(
    /** The driver. */
    readonly driverId: string,
    /** The driver's name. */
    readonly name: string,
  ) {
    super();
  }
}
