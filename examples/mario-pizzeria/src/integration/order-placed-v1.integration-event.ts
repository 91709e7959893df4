import { defineIntegrationEvent, IntegrationData } from '@glia/core';
import { z } from 'zod';
import { ORDER_EVENTS_SOURCE } from './order-source.js';

/** A customer placed an order (still pending): other services learn that it exists. */
export const OrderPlacedV1 = defineIntegrationEvent({
  type: 'com.mariopizzeria.order.placed.v1',
  source: ORDER_EVENTS_SOURCE,
  schema: z.object({
    orderId: z.string(),
    customerId: z.string().optional(),
    customerName: z.string(),
    placedAt: IntegrationData.timestamp(),
  }),
});
