import { defineQuery } from '@glia/core';
import { z } from 'zod';
import { daySchema } from '../day.schema.js';
import type { DaySales } from '../sales-figures.js';

/** Today's sales (or another day's, given `day`): orders, pizzas and revenue. */
export const GetSalesToday = defineQuery(
  'pizzeria.sales.GetSalesToday',
  z.object({ day: daySchema.optional() }),
).returns<DaySales>();
