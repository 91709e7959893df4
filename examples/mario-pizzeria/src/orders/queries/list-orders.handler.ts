import { HandlesQuery, type PayloadOf, type QueryHandler } from '@glia/core';
import { inject } from 'inversify';
import { OrderSummaries } from '../order-summaries.js';
import type { OrderSummary } from '../order-summary.js';
import { ListOrders } from './list-orders.query.js';

/** Answers `ListOrders` from the order list read model. */
@HandlesQuery(ListOrders)
export class ListOrdersHandler implements QueryHandler<typeof ListOrders> {
  /** Receives the read model. */
  constructor(@inject(OrderSummaries) private readonly summaries: OrderSummaries) {}

  /** Lists the orders. */
  async execute({ status }: PayloadOf<typeof ListOrders>): Promise<readonly OrderSummary[]> {
    return this.summaries.list(status);
  }
}
