import { defineQuery } from '@glia/core';
import { orderRefSchema } from '../order-ref.schema.js';
import type { OrderView } from '../order-view.js';

/** Reads one order; an unknown id is an `AggregateNotFoundError`. */
export const GetOrder = defineQuery('pizzeria.orders.GetOrder', orderRefSchema).returns<OrderView>();
