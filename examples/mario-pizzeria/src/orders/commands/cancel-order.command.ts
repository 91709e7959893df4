import { defineCommand } from '@glia/core';
import { z } from 'zod';

/** The customer (or the shop) cancels an order before cooking starts. */
export const CancelOrder = defineCommand(
  'pizzeria.orders.CancelOrder',
  z.object({
    orderId: z.string().trim().min(1),
    reason: z.string().trim().min(1).default('cancelled by the customer'),
  }),
);
