import type { AggregateMapper } from '@glia/core';
import { Inventory } from './inventory.aggregate.js';
import type { InventorySnapshot } from './inventory-snapshot.js';

/** Stores the inventory as its plain JSON snapshot. */
export const inventoryMapper: AggregateMapper<Inventory, InventorySnapshot> = {
  toSnapshot: (inventory) => inventory.toSnapshot(),
  fromSnapshot: (snapshot) => Inventory.fromSnapshot(snapshot),
};
