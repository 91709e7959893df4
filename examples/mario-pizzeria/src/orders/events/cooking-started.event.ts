import { DomainEvent, EventType } from '@glia/core';

/** The kitchen started cooking the order; it can no longer be cancelled. */
@EventType('pizzeria.orders.CookingStarted.v1')
export class CookingStarted extends DomainEvent {
  /** Records that cooking started. */
  constructor() {
    super();
  }
}
