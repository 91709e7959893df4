import { defineIntegrationEvent, IntegrationData } from '@glia/core';
import { z } from 'zod';
import { ORDER_EVENTS_SOURCE } from './order-source.js';

/** The order came out of the oven and waits for a driver. */
export const OrderReadyV1 = defineIntegrationEvent({
  type: 'com.mariopizzeria.order.ready.v1',
  source: ORDER_EVENTS_SOURCE,
  schema: z.object({ orderId: z.string(), readyAt: IntegrationData.timestamp() }),
});
