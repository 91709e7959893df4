import { z } from 'zod';

/** The sizes every pizza comes in. */
export const PIZZA_SIZES = ['S', 'M', 'L'] as const;

/** Small, medium or large. */
export type PizzaSize = (typeof PIZZA_SIZES)[number];

/** Validates a size at the edge. */
export const pizzaSizeSchema = z.enum(PIZZA_SIZES);
