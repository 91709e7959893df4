import { DomainEvent, EventType } from '@glia/core';

/** A line was added to an open order. */
@EventType('shop.ItemAdded.v1')
export class ItemAdded extends DomainEvent {
  constructor(
    readonly orderId: string,
    readonly sku: string,
    readonly quantity: number,
    readonly unitPriceCents: number,
  ) {
    super();
  }
}
