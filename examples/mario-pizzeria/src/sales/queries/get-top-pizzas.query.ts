import { defineQuery } from '@glia/core';
import { z } from 'zod';
import { daySchema } from '../day.schema.js';
import type { PizzaSales } from '../sales-figures.js';

/** The best-selling pizzas, overall or on one `day`. */
export const GetTopPizzas = defineQuery(
  'pizzeria.sales.GetTopPizzas',
  z.object({ limit: z.number().int().positive().max(50).default(5), day: daySchema.optional() }),
).returns<readonly PizzaSales[]>();
