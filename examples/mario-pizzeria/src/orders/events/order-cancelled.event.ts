import { DomainEvent, EventType } from '@glia/core';
import type { OrderStatus } from '../order-status.js';

/** The order was cancelled before cooking started. */
@EventType('pizzeria.orders.OrderCancelled.v1')
export class OrderCancelled extends DomainEvent {
  /** Records why and from where. */
  constructor(
    /** Why, in the words of whoever cancelled it. */
    readonly reason: string,
    /** The status it was cancelled from. */
    readonly previousStatus: OrderStatus,
  ) {
    super();
  }
}
