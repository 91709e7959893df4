import { HandlesCommand, InjectRepository, type CommandHandler, type PayloadOf, type Repository } from '@glia/core';
import { inject } from 'inversify';
import { INVENTORY_ID } from '../../inventory/inventory-id.js';
import { Inventory } from '../../inventory/inventory.aggregate.js';
import { InventoryErrors } from '../../inventory/inventory.errors.js';
import { RecipeBook } from '../../inventory/recipe-book.js';
import { Order } from '../order.aggregate.js';
import { ConfirmOrder } from './confirm-order.command.js';

/**
 * Confirms the order and takes its ingredients out of stock in the same unit of work: if the stock
 * cannot cover it, the handler throws, nothing commits, and neither the order nor the stock changes.
 * The inventory's version makes two confirmations racing for the last of something conflict.
 */
@HandlesCommand(ConfirmOrder)
export class ConfirmOrderHandler implements CommandHandler<typeof ConfirmOrder> {
  /** Receives the scope's order and inventory repositories and the recipe book. */
  constructor(
    @InjectRepository(Order) private readonly orders: Repository<Order>,
    @InjectRepository(Inventory) private readonly inventories: Repository<Inventory>,
    @inject(RecipeBook) private readonly recipes: RecipeBook,
  ) {}

  /** Confirms the order, then deducts what it needs. */
  async execute({ orderId }: PayloadOf<typeof ConfirmOrder>): Promise<void> {
    const order = await this.orders.get(orderId);
    // The order's own rules first: confirming twice is ORDER.ALREADY_CONFIRMED, not a stock problem.
    order.confirm();
    const needs = this.recipes.needsFor(order.lines);
    const inventory = await this.inventories.find(INVENTORY_ID);
    if (inventory === undefined) {
      const missing = Object.entries(needs).map(([ingredientId, needed]) => ({ ingredientId, needed, available: 0 }));
      throw InventoryErrors.insufficient(orderId, missing);
    }
    inventory.deductFor(orderId, needs);
  }
}
