import { HandlesCommand, InjectRepository, type CommandHandler, type PayloadOf, type Repository } from '@glia/core';
import { INVENTORY_ID } from '../inventory-id.js';
import { Inventory } from '../inventory.aggregate.js';
import { InventoryErrors } from '../inventory.errors.js';
import { RestockIngredient } from './restock-ingredient.command.js';

/** Loads the inventory and lets it decide; the mediator commits afterwards. */
@HandlesCommand(RestockIngredient)
export class RestockIngredientHandler implements CommandHandler<typeof RestockIngredient> {
  /** Receives the scope's inventory repository. */
  constructor(@InjectRepository(Inventory) private readonly inventories: Repository<Inventory>) {}

  /** Restocks the ingredient. */
  async execute({ ingredientId, quantity }: PayloadOf<typeof RestockIngredient>): Promise<void> {
    const inventory = await this.inventories.find(INVENTORY_ID);
    if (inventory === undefined) throw InventoryErrors.unknownIngredient(ingredientId);
    inventory.restock(ingredientId, quantity);
  }
}
