import { DomainEvent, EventType } from '@glia/core';
import type { CustomerDetails } from '../customer-details.js';
import type { OrderLine } from '../order-line.js';

/** The customer confirmed the order; it carries everything the email and the kitchen need. */
@EventType('pizzeria.orders.OrderConfirmed.v1')
export class OrderConfirmed extends DomainEvent {
  /** Records the confirmed order in full. */
  constructor(
    /** Who ordered. */
    readonly customer: CustomerDetails,
    /** Every pizza ordered. */
    readonly lines: readonly OrderLine[],
    /** What the customer pays, in integer cents. */
    readonly totalCents: number,
  ) {
    super();
  }
}
