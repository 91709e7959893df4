import { defineCommand } from '@glia/core';
import { z } from 'zod';

/** The manager starts keeping an ingredient in stock. */
export const AddIngredient = defineCommand(
  'pizzeria.inventory.AddIngredient',
  z.object({
    id: z.string().trim().min(1),
    name: z.string().trim().min(1),
    unit: z.enum(['g', 'ml']),
    stock: z.number().int().nonnegative(),
    lowStockThreshold: z.number().int().nonnegative(),
  }),
);
