import { defineCommand } from '@glia/core';
import { orderRefSchema } from '../order-ref.schema.js';

/** The customer confirms a pending order; it then goes to the kitchen. */
export const ConfirmOrder = defineCommand('pizzeria.orders.ConfirmOrder', orderRefSchema);
