import { DomainEvent, EventType } from '@glia/core';

/** The kitchen opened with room for `capacity` orders at once. */
@EventType('pizzeria.kitchen.KitchenOpened.v1')
export class KitchenOpened extends DomainEvent {
  /** Records the capacity. */
  constructor(
    /** How many orders may cook at once. */
    readonly capacity: number,
  ) {
    super();
  }
}
