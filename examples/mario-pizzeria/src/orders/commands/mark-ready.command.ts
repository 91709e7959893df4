import { defineCommand } from '@glia/core';
import { orderRefSchema } from '../order-ref.schema.js';

/** A cook takes a cooking order out of the oven. */
export const MarkReady = defineCommand('pizzeria.orders.MarkOrderReady', orderRefSchema);
