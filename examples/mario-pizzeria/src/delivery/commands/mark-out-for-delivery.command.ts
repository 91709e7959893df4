import { defineCommand } from '@glia/core';
import { orderRefSchema } from '../../orders/order-ref.schema.js';

/** The assigned driver leaves with the order. */
export const MarkOutForDelivery = defineCommand('pizzeria.delivery.MarkOutForDelivery', orderRefSchema);
