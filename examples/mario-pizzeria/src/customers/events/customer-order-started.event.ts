import { DomainEvent, EventType } from '@glia/core';

/** One of the customer's orders became active: placed, not yet delivered or cancelled. */
@EventType('pizzeria.customers.CustomerOrderStarted.v1')
export class CustomerOrderStarted extends DomainEvent {
  /** Records the order. */
  constructor(
    /** The order now active. */
    readonly orderId: string,
  ) {
    super();
  }
}
