import { defineCommand } from '@glia/core';
import { z } from 'zod';
import { pizzaSizeSchema } from '../../menu/pizza-size.js';

/** What `PlaceOrder` answers. */
export type PlaceOrderResult = {
  /** The new order's id. */
  readonly orderId: string;
  /** What it costs so far, in integer cents. */
  readonly totalCents: number;
};

/** A customer orders pizzas: validated at the edge, priced from the menu, stored as a pending order. */
export const PlaceOrder = defineCommand(
  'pizzeria.orders.PlaceOrder',
  z.object({
    customer: z.object({
      name: z.string().trim().min(1),
      email: z.email(),
      phone: z.string().trim().min(3).optional(),
    }),
    items: z
      .array(
        z.object({
          pizzaId: z.string().trim().min(1),
          size: pizzaSizeSchema,
          toppings: z.array(z.string().trim().min(1)).default([]),
        }),
      )
      .min(1),
  }),
).returns<PlaceOrderResult>();
