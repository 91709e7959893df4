import { DomainEvent, EventType } from '@glia/core';

/** The manager changed how many orders may cook at once. */
@EventType('pizzeria.kitchen.KitchenCapacityChanged.v1')
export class KitchenCapacityChanged extends DomainEvent {
  /** Records the new capacity. */
  constructor(
    /** How many orders may cook at once from now on. */
    readonly capacity: number,
  ) {
    super();
  }
}
