import { HandlesCommand, InjectRepository, type CommandHandler, type PayloadOf, type Repository } from '@glia/core';
import { inject } from 'inversify';
import { INVENTORY_ID } from '../../inventory/inventory-id.js';
import { Inventory } from '../../inventory/inventory.aggregate.js';
import { RecipeBook } from '../../inventory/recipe-book.js';
import { Order } from '../order.aggregate.js';
import { CancelOrder } from './cancel-order.command.js';

/** Cancels the order; a confirmed one gives its ingredients back to the stock in the same commit. */
@HandlesCommand(CancelOrder)
export class CancelOrderHandler implements CommandHandler<typeof CancelOrder> {
  /** Receives the scope's order and inventory repositories and the recipe book. */
  constructor(
    @InjectRepository(Order) private readonly orders: Repository<Order>,
    @InjectRepository(Inventory) private readonly inventories: Repository<Inventory>,
    @inject(RecipeBook) private readonly recipes: RecipeBook,
  ) {}

  /** Cancels the order. */
  async execute({ orderId, reason }: PayloadOf<typeof CancelOrder>): Promise<void> {
    const order = await this.orders.get(orderId);
    const wasConfirmed = order.status === 'confirmed';
    order.cancel(reason);
    if (!wasConfirmed) return;
    const inventory = await this.inventories.find(INVENTORY_ID);
    inventory?.returnFor(orderId, this.recipes.needsFor(order.lines));
  }
}
