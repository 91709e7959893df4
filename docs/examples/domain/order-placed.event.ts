import { DomainEvent, EventType } from '@glia/core';

// #region order-placed
/** A customer placed a new, empty order. */
@EventType('shop.OrderPlaced.v1')
export class OrderPlaced extends DomainEvent {
  constructor(
    readonly orderId: string,
    readonly customerId: string,
  ) {
    super();
  }
}
// #endregion order-placed
