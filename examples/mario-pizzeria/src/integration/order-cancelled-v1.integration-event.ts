import { defineIntegrationEvent, IntegrationData } from '@glia/core';
import { z } from 'zod';
import { ORDER_EVENTS_SOURCE } from './order-source.js';

/** The order was cancelled before cooking started. */
export const OrderCancelledV1 = defineIntegrationEvent({
  type: 'com.mariopizzeria.order.cancelled.v1',
  source: ORDER_EVENTS_SOURCE,
  schema: z.object({
    orderId: z.string(),
    reason: z.string(),
    previousStatus: z.string(),
    cancelledAt: IntegrationData.timestamp(),
  }),
});
