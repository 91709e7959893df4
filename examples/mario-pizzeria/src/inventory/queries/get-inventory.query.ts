import { defineQuery } from '@glia/core';
import { z } from 'zod';
import type { InventoryView } from '../inventory-view.js';

/** Reads every ingredient with its stock; low ones are flagged. */
export const GetInventory = defineQuery('pizzeria.inventory.GetInventory', z.object({})).returns<InventoryView>();
