import { HandlesCommand, InjectRepository, type CommandHandler, type PayloadOf, type Repository } from '@glia/core';
import { Order } from '../order.aggregate.js';
import { MarkReady } from './mark-ready.command.js';

/** Loads the order and lets it decide; the mediator commits afterwards. */
@HandlesCommand(MarkReady)
export class MarkReadyHandler implements CommandHandler<typeof MarkReady> {
  /** Receives the scope's order repository. */
  constructor(@InjectRepository(Order) private readonly orders: Repository<Order>) {}

  /** Marks it ready. */
  async execute({ orderId }: PayloadOf<typeof MarkReady>): Promise<void> {
    const order = await this.orders.get(orderId);
    order.markReady();
  }
}
