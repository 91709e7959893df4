import { HandlesCommand, InjectRepository, type CommandHandler, type PayloadOf, type Repository } from '@glia/core';
import { Order } from '../order.aggregate.js';
import { StartCooking } from './start-cooking.command.js';

/** Loads the order and lets it decide; the mediator commits afterwards. */
@HandlesCommand(StartCooking)
export class StartCookingHandler implements CommandHandler<typeof StartCooking> {
  /** Receives the scope's order repository. */
  constructor(@InjectRepository(Order) private readonly orders: Repository<Order>) {}

  /** Starts cooking it. */
  async execute({ orderId }: PayloadOf<typeof StartCooking>): Promise<void> {
    const order = await this.orders.get(orderId);
    order.startCooking();
  }
}
