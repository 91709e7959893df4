import { defineCommand } from '@glia/core';
import { z } from 'zod';

/** Takes a pizza (one line) out of a pending order. */
export const RemovePizza = defineCommand(
  'pizzeria.orders.RemovePizza',
  z.object({ orderId: z.string().trim().min(1), lineId: z.string().trim().min(1) }),
);
