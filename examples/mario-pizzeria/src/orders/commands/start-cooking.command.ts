import { defineCommand } from '@glia/core';
import { orderRefSchema } from '../order-ref.schema.js';

/** A cook starts a confirmed order. */
export const StartCooking = defineCommand('pizzeria.orders.StartCooking', orderRefSchema);
