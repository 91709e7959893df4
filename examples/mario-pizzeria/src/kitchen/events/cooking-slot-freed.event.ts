import { DomainEvent, EventType } from '@glia/core';

/** An order came out of the oven and freed its slot. */
@EventType('pizzeria.kitchen.CookingSlotFreed.v1')
export class CookingSlotFreed extends DomainEvent {
  /** Records the order and how full the kitchen is now. */
  constructor(
    /** The order that finished cooking. */
    readonly orderId: string,
    /** Slots still in use. */
    readonly slotsInUse: number,
  ) {
    super();
  }
}
