import { DomainEvent, EventType } from '@glia/core';

/** One of the customer's active orders ended: delivered or cancelled. */
@EventType('pizzeria.customers.CustomerOrderClosed.v1')
export class CustomerOrderClosed extends DomainEvent {
  /** Records the order and how it ended. */
  constructor(
    /** The order no longer active. */
    readonly orderId: string,
    /** Whether it was delivered or cancelled. */
    readonly outcome: 'delivered' | 'cancelled',
  ) {
    super();
  }
}
