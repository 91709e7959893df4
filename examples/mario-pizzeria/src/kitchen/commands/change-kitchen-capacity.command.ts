import { defineCommand } from '@glia/core';
import { z } from 'zod';

/** The manager changes how many orders may cook at once. */
export const ChangeKitchenCapacity = defineCommand(
  'pizzeria.kitchen.ChangeKitchenCapacity',
  z.object({ capacity: z.number().int().positive() }),
);
