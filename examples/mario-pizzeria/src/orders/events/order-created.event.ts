import { DomainEvent, EventType } from '@glia/core';
import type { CustomerDetails } from '../customer-details.js';

/** An order was opened for a customer; it is pending and empty. */
@EventType('pizzeria.orders.OrderCreated.v1')
export class OrderCreated extends DomainEvent {
  /** Records the new order's customer. */
  constructor(
    /** Who ordered. */
    readonly customer: CustomerDetails,
  ) {
    super();
  }
}
