import { HandlesCommand, InjectRepository, type CommandHandler, type PayloadOf, type Repository } from '@glia/core';
import { INVENTORY_ID } from '../inventory-id.js';
import { Inventory } from '../inventory.aggregate.js';
import { AddIngredient } from './add-ingredient.command.js';

/** Adds the ingredient to the inventory, creating the inventory with its first ingredient. */
@HandlesCommand(AddIngredient)
export class AddIngredientHandler implements CommandHandler<typeof AddIngredient> {
  /** Receives the scope's inventory repository. */
  constructor(@InjectRepository(Inventory) private readonly inventories: Repository<Inventory>) {}

  /** Adds the ingredient. */
  async execute(ingredient: PayloadOf<typeof AddIngredient>): Promise<void> {
    let inventory = await this.inventories.find(INVENTORY_ID);
    if (inventory === undefined) {
      inventory = Inventory.create(INVENTORY_ID);
      this.inventories.add(inventory);
    }
    inventory.addIngredient(ingredient);
  }
}
