import { defineCommand } from '@glia/core';
import type { OrderLine } from '../order-line.js';
import { pizzaChoiceSchema } from './place-order.command.js';

/** Adds one more pizza to a pending order; answers the new, priced line. */
export const AddPizza = defineCommand(
  'pizzeria.orders.AddPizza',
  pizzaChoiceSchema.extend({ orderId: pizzaChoiceSchema.shape.pizzaId }),
).returns<OrderLine>();
