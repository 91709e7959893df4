import { defineQuery } from '@glia/core';
import { z } from 'zod';
import { ORDER_STATUSES } from '../order-status.js';
import type { OrderSummary } from '../order-summary.js';

/**
 * Lists orders with the given statuses (every order when none), oldest first: `confirmed` is the
 * kitchen queue, `ready` the delivery board. Read from a projection: it lags the commit slightly.
 */
export const ListOrders = defineQuery(
  'pizzeria.orders.ListOrders',
  z.object({ status: z.array(z.enum(ORDER_STATUSES)).default([]) }),
).returns<readonly OrderSummary[]>();
