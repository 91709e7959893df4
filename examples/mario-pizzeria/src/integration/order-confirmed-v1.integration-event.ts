import { defineIntegrationEvent, IntegrationData } from '@glia/core';
import { z } from 'zod';
import { ORDER_EVENTS_SOURCE } from './order-source.js';

/** The customer confirmed the order: what was ordered and what it costs, money as decimal strings. */
export const OrderConfirmedV1 = defineIntegrationEvent({
  type: 'com.mariopizzeria.order.confirmed.v1',
  source: ORDER_EVENTS_SOURCE,
  schema: z.object({
    orderId: z.string(),
    customerId: z.string().optional(),
    items: z.array(
      z.object({
        pizzaId: z.string(),
        pizzaName: z.string(),
        size: z.string(),
        toppings: z.array(z.string()),
        price: IntegrationData.money(),
      }),
    ),
    total: IntegrationData.money(),
    currency: IntegrationData.currency(),
    confirmedAt: IntegrationData.timestamp(),
  }),
});
