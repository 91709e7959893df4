import { HandlesCommand, InjectRepository, type CommandHandler, type PayloadOf, type Repository } from '@glia/core';
import { Order } from '../order.aggregate.js';
import { ConfirmOrder } from './confirm-order.command.js';

/** Loads the order and lets it decide; the mediator commits afterwards. */
@HandlesCommand(ConfirmOrder)
export class ConfirmOrderHandler implements CommandHandler<typeof ConfirmOrder> {
  /** Receives the scope's order repository. */
  constructor(@InjectRepository(Order) private readonly orders: Repository<Order>) {}

  /** Confirms the order. */
  async execute({ orderId }: PayloadOf<typeof ConfirmOrder>): Promise<void> {
    const order = await this.orders.get(orderId);
    order.confirm();
  }
}
