import { HandlesQuery, InjectRepository, type QueryHandler, type Repository } from '@glia/core';
import { INVENTORY_ID } from '../inventory-id.js';
import { toInventoryView, type InventoryView } from '../inventory-view.js';
import { Inventory } from '../inventory.aggregate.js';
import { GetInventory } from './get-inventory.query.js';

/** Answers `GetInventory` from the repository. */
@HandlesQuery(GetInventory)
export class GetInventoryHandler implements QueryHandler<typeof GetInventory> {
  /** Receives the scope's inventory repository. */
  constructor(@InjectRepository(Inventory) private readonly inventories: Repository<Inventory>) {}

  /** Reads the inventory into its view. */
  async execute(): Promise<InventoryView> {
    return toInventoryView(await this.inventories.find(INVENTORY_ID));
  }
}
