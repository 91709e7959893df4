import { defineQuery } from '@glia/core';
import { z } from 'zod';
import type { KitchenView } from '../kitchen-view.js';

/** Reads the kitchen: its capacity and the orders cooking now. */
export const GetKitchen = defineQuery('pizzeria.kitchen.GetKitchen', z.object({})).returns<KitchenView>();
