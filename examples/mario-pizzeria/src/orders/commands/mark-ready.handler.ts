import { HandlesCommand, InjectRepository, type CommandHandler, type PayloadOf, type Repository } from '@glia/core';
import { inject } from 'inversify';
import { KitchenSettings } from '../../kitchen/kitchen-settings.js';
import { Kitchen } from '../../kitchen/kitchen.aggregate.js';
import { loadKitchen } from '../../kitchen/load-kitchen.js';
import { Order } from '../order.aggregate.js';
import { MarkReady } from './mark-ready.command.js';

/** Marks the order ready and frees its kitchen slot, in one unit of work. */
@HandlesCommand(MarkReady)
export class MarkReadyHandler implements CommandHandler<typeof MarkReady> {
  /** Receives the scope's order and kitchen repositories and the kitchen settings. */
  constructor(
    @InjectRepository(Order) private readonly orders: Repository<Order>,
    @InjectRepository(Kitchen) private readonly kitchens: Repository<Kitchen>,
    @inject(KitchenSettings) private readonly settings: KitchenSettings,
  ) {}

  /** Marks it ready. */
  async execute({ orderId }: PayloadOf<typeof MarkReady>): Promise<void> {
    const order = await this.orders.get(orderId);
    order.markReady();
    const kitchen = await loadKitchen(this.kitchens, this.settings);
    kitchen.finishCooking(orderId);
  }
}
