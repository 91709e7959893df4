import { defineCommand } from '@glia/core';
import { z } from 'zod';

/** The manager hires a driver. */
export const HireDriver = defineCommand(
  'pizzeria.delivery.HireDriver',
  z.object({ driverId: z.string().trim().min(1), name: z.string().trim().min(1) }),
);
