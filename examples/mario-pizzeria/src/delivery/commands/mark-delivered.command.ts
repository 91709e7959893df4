import { defineCommand } from '@glia/core';
import { orderRefSchema } from '../../orders/order-ref.schema.js';

/** The driver handed the order over; they are available again. */
export const MarkDelivered = defineCommand('pizzeria.delivery.MarkDelivered', orderRefSchema);
