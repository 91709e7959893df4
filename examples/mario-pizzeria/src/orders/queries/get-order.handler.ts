import { HandlesQuery, InjectRepository, type PayloadOf, type QueryHandler, type Repository } from '@glia/core';
import { Order } from '../order.aggregate.js';
import { toOrderView, type OrderView } from '../order-view.js';
import { GetOrder } from './get-order.query.js';

/** Answers `GetOrder` from the repository; queries never commit. */
@HandlesQuery(GetOrder)
export class GetOrderHandler implements QueryHandler<typeof GetOrder> {
  /** Receives the scope's order repository. */
  constructor(@InjectRepository(Order) private readonly orders: Repository<Order>) {}

  /** Reads the order into its view. */
  async execute({ orderId }: PayloadOf<typeof GetOrder>): Promise<OrderView> {
    return toOrderView(await this.orders.get(orderId));
  }
}
