import { DomainEvent, EventType } from '@glia/core';

/** The customer confirmed the order; it can no longer change. Carries what billing and mail need. */
@EventType('shop.OrderConfirmed.v1')
export class OrderConfirmed extends DomainEvent {
  constructor(
    readonly orderId: string,
    readonly customerId: string,
    readonly totalCents: number,
  ) {
    super();
  }
}
