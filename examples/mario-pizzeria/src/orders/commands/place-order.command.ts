import { defineCommand } from '@glia/core';
import { z } from 'zod';
import { customerContactSchema } from '../../customers/customer-contact.schema.js';
import { pizzaSizeSchema } from '../../menu/pizza-size.js';

/** What `PlaceOrder` answers. */
export type PlaceOrderResult = {
  /** The new order's id. */
  readonly orderId: string;
  /** The customer it was placed for (registered by this command if they were new). */
  readonly customerId: string;
  /** What it costs so far, in integer cents. */
  readonly totalCents: number;
};

/** One pizza as a customer asks for it. */
export const pizzaChoiceSchema = z.object({
  pizzaId: z.string().trim().min(1),
  size: pizzaSizeSchema,
  toppings: z.array(z.string().trim().min(1)).default([]),
});

/**
 * A customer orders pizzas: validated at the edge, priced from the menu, stored as a pending order.
 * Either `customerId` names a registered customer, or `customer` gives contact details: a customer
 * known by that email or phone is reused, anyone else is registered in the same commit.
 */
export const PlaceOrder = defineCommand(
  'pizzeria.orders.PlaceOrder',
  z
    .object({
      customerId: z.string().trim().min(1).optional(),
      customer: customerContactSchema.optional(),
      items: z.array(pizzaChoiceSchema).min(1),
    })
    .refine((o) => (o.customerId === undefined) !== (o.customer === undefined), {
      message: 'Give either customerId or customer, not both.',
      path: ['customer'],
    }),
).returns<PlaceOrderResult>();
