import { defineIntegrationEvent, type CloudEvent } from '@glia/core';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';

/** A test event that is handled normally. */
export const PizzaBaked = defineIntegrationEvent({
  type: 'com.mariopizzeria.pizza.baked.v1',
  source: '/mario-pizzeria/kitchen',
  schema: z.object({ pizza: z.string() }),
});

/** A test event whose handler always throws. */
export const OvenExploded = defineIntegrationEvent({
  type: 'com.mariopizzeria.oven.exploded.v1',
  source: '/mario-pizzeria/kitchen',
  schema: z.object({ oven: z.string() }),
});

/** A CloudEvent of `type` with `data`. */
export function cloudEvent(type: string, data: unknown, subject: string = randomUUID()): CloudEvent {
  return {
    specversion: '1.0',
    id: randomUUID(),
    source: '/mario-pizzeria/kitchen',
    type,
    time: new Date().toISOString(),
    subject,
    datacontenttype: 'application/json',
    correlationid: 'corr-test',
    causationid: randomUUID(),
    data,
  };
}
