import type { Repository } from '@glia/core';
import { KITCHEN_ID } from './kitchen-id.js';
import type { KitchenSettings } from './kitchen-settings.js';
import { Kitchen } from './kitchen.aggregate.js';

/** The kitchen, opened with the configured capacity (in the caller's unit of work) the first time it is needed. */
export async function loadKitchen(kitchens: Repository<Kitchen>, settings: KitchenSettings): Promise<Kitchen> {
  const found = await kitchens.find(KITCHEN_ID);
  if (found !== undefined) return found;
  const kitchen = Kitchen.open(KITCHEN_ID, settings.capacity);
  kitchens.add(kitchen);
  return kitchen;
}
