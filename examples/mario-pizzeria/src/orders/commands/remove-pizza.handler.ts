import { HandlesCommand, InjectRepository, type CommandHandler, type PayloadOf, type Repository } from '@glia/core';
import { Order } from '../order.aggregate.js';
import { RemovePizza } from './remove-pizza.command.js';

/** Loads the order and lets it decide; the mediator commits afterwards. */
@HandlesCommand(RemovePizza)
export class RemovePizzaHandler implements CommandHandler<typeof RemovePizza> {
  /** Receives the scope's order repository. */
  constructor(@InjectRepository(Order) private readonly orders: Repository<Order>) {}

  /** Removes the line. */
  async execute({ orderId, lineId }: PayloadOf<typeof RemovePizza>): Promise<void> {
    const order = await this.orders.get(orderId);
    order.removePizza(lineId);
  }
}
