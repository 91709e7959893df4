import { HandlesCommand, InjectRepository, type CommandHandler, type PayloadOf, type Repository } from '@glia/core';
import { inject } from 'inversify';
import { KitchenSettings } from '../../kitchen/kitchen-settings.js';
import { Kitchen } from '../../kitchen/kitchen.aggregate.js';
import { loadKitchen } from '../../kitchen/load-kitchen.js';
import { Order } from '../order.aggregate.js';
import { StartCooking } from './start-cooking.command.js';

/**
 * Moves the order to cooking and takes a kitchen slot in one unit of work: both aggregates commit
 * together or not at all. Two cooks racing for the last slot both load the same kitchen version;
 * the second commit is a `ConcurrencyError` and its order stays confirmed.
 */
@HandlesCommand(StartCooking)
export class StartCookingHandler implements CommandHandler<typeof StartCooking> {
  /** Receives the scope's order and kitchen repositories and the kitchen settings. */
  constructor(
    @InjectRepository(Order) private readonly orders: Repository<Order>,
    @InjectRepository(Kitchen) private readonly kitchens: Repository<Kitchen>,
    @inject(KitchenSettings) private readonly settings: KitchenSettings,
  ) {}

  /** Starts cooking it. */
  async execute({ orderId }: PayloadOf<typeof StartCooking>): Promise<void> {
    const order = await this.orders.get(orderId);
    order.startCooking();
    const kitchen = await loadKitchen(this.kitchens, this.settings);
    kitchen.startCooking(orderId);
  }
}
