import { DomainEvent, EventType } from '@glia/core';

/** An order went into the oven and took one of the kitchen's slots. */
@EventType('pizzeria.kitchen.CookingSlotTaken.v1')
export class CookingSlotTaken extends DomainEvent {
  /** Records the order and how full the kitchen is now. */
  constructor(
    /** The order now cooking. */
    readonly orderId: string,
    /** Slots in use, this one included. */
    readonly slotsInUse: number,
    /** The kitchen's capacity. */
    readonly capacity: number,
  ) {
    super();
  }
}
