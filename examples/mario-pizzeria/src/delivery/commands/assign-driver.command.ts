import { defineCommand } from '@glia/core';
import { z } from 'zod';

/** What `AssignDriver` answers. */
export type AssignDriverResult = {
  /** The driver who got the order. */
  readonly driverId: string;
};

/** Gives a ready order to a driver: the one named, or the first available. */
export const AssignDriver = defineCommand(
  'pizzeria.delivery.AssignDriver',
  z.object({ orderId: z.string().trim().min(1), driverId: z.string().trim().min(1).optional() }),
).returns<AssignDriverResult>();
