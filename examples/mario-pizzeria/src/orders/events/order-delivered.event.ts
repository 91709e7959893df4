import { DomainEvent, EventType } from '@glia/core';

/** The customer received the order. */
@EventType('pizzeria.orders.OrderDelivered.v1')
export class OrderDelivered extends DomainEvent {
  /** Records the delivery. */
  constructor() {
    super();
  }
}
