import { defineIntegrationEvent, IntegrationData } from '@glia/core';
import { z } from 'zod';
import { ORDER_EVENTS_SOURCE } from './order-source.js';

/** The customer received the order. */
export const OrderDeliveredV1 = defineIntegrationEvent({
  type: 'com.mariopizzeria.order.delivered.v1',
  source: ORDER_EVENTS_SOURCE,
  schema: z.object({ orderId: z.string(), deliveredAt: IntegrationData.timestamp() }),
});
