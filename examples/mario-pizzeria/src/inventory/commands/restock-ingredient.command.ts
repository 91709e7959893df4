import { defineCommand } from '@glia/core';
import { z } from 'zod';

/** A delivery of one ingredient arrived. */
export const RestockIngredient = defineCommand(
  'pizzeria.inventory.RestockIngredient',
  z.object({ ingredientId: z.string().trim().min(1), quantity: z.number().int().positive() }),
);
