import { describe, expect, it } from '@jest/globals';
import { z } from 'zod';
import {
  IntegrationData,
  IntegrationEventRejectedError,
  IntegrationEventRouter,
  defineIntegrationEvent,
  type CloudEvent,
} from '../index.js';

const ConfirmedV1 = defineIntegrationEvent({
  type: 'com.mariopizzeria.order.confirmed.v1',
  source: '/mario-pizzeria/orders',
  schema: z.object({ orderId: z.string(), total: IntegrationData.money() }),
});
const ConfirmedV2 = defineIntegrationEvent({
  type: 'com.mariopizzeria.order.confirmed.v2',
  source: '/mario-pizzeria/orders',
  schema: z.object({
    orderId: z.string(),
    total: z.object({ amount: IntegrationData.money(), currency: IntegrationData.currency() }),
  }),
});

const cloudEvent = (type: string, data: unknown): CloudEvent => ({
  specversion: '1.0',
  id: `id-${type}`,
  source: '/s',
  type,
  data,
});

function setUp() {
  const seen: Array<{ type: string; data: unknown }> = [];
  const router = new IntegrationEventRouter()
    .on(ConfirmedV2, (data, { event }) => {
      seen.push({ type: event.type, data });
    })
    .upcast(ConfirmedV1, ConfirmedV2, (v1) => ({ orderId: v1.orderId, total: { amount: v1.total, currency: 'EUR' } }));
  return { router, seen };
}

describe('IntegrationEventRouter', () => {
  it('accepts v1 and v2 of a type, upcasting v1 to v2 for the handler', async () => {
    const { router, seen } = setUp();
    await router.route(cloudEvent(ConfirmedV1.type, { orderId: 'o-1', total: '9.90' }));
    await router.route(cloudEvent(ConfirmedV2.type, { orderId: 'o-2', total: { amount: '5.00', currency: 'CHF' } }));
    expect(seen).toEqual([
      { type: ConfirmedV2.type, data: { orderId: 'o-1', total: { amount: '9.90', currency: 'EUR' } } },
      { type: ConfirmedV2.type, data: { orderId: 'o-2', total: { amount: '5.00', currency: 'CHF' } } },
    ]);
  });

  it('rejects an unknown type and data that breaks the schema of its own version', async () => {
    const { router } = setUp();
    await expect(router.route(cloudEvent('com.example.other.v1', {}))).rejects.toMatchObject({
      reason: 'unknown-type',
    });
    const bad = router.route(cloudEvent(ConfirmedV1.type, { orderId: 'o-3', total: 9.9 }));
    await expect(bad).rejects.toBeInstanceOf(IntegrationEventRejectedError);
    await expect(bad).rejects.toMatchObject({ reason: 'invalid-data' });
  });

  it('refuses a second route for one type and an unversioned type name', () => {
    const { router } = setUp();
    expect(() => router.on(ConfirmedV2, () => undefined)).toThrow(/already registered/);
    expect(() => defineIntegrationEvent({ type: 'order-confirmed', source: '/s', schema: z.object({}) })).toThrow(
      /versioned/,
    );
  });
});
