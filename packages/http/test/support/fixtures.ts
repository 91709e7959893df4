import { IntegrationData, defineIntegrationEvent, IntegrationEventRouter, type CloudEvent } from '@glia/core';
import { z } from 'zod';
import { HttpCloudEventsReceiver, type HttpCloudEventsReceiverOptions } from '../../src/index.js';

/** Version 1: the total alone. */
export const OrderConfirmedV1 = defineIntegrationEvent({
  type: 'com.example.order.confirmed.v1',
  source: '/shop/orders',
  schema: z.object({ orderId: z.string(), total: IntegrationData.money() }),
});

/** Version 2: the total with its currency. */
export const OrderConfirmedV2 = defineIntegrationEvent({
  type: 'com.example.order.confirmed.v2',
  source: '/shop/orders',
  schema: z.object({
    orderId: z.string(),
    total: z.object({ amount: IntegrationData.money(), currency: IntegrationData.currency() }),
  }),
});

/** A v2 event for order `n`. */
export function orderConfirmed(n: number, overrides: Partial<CloudEvent> = {}): CloudEvent {
  return {
    specversion: '1.0',
    id: `00000000-0000-5000-8000-${String(n).padStart(12, '0')}`,
    source: OrderConfirmedV2.source,
    type: OrderConfirmedV2.type,
    time: '2024-05-01T12:30:00.000Z',
    subject: `order-${n}`,
    datacontenttype: 'application/json',
    data: { orderId: `order-${n}`, total: { amount: '12.50', currency: 'EUR' } },
    ...overrides,
  };
}

/** A billing service: handles v2, upcasts v1, records each order it billed; fails on `failing` orders. */
export function billing(
  options: Partial<Pick<HttpCloudEventsReceiverOptions, 'maxBodyBytes'>> & { failing?: ReadonlySet<string> } = {},
): { receiver: HttpCloudEventsReceiver; billed: string[]; events: CloudEvent[] } {
  const billed: string[] = [];
  const events: CloudEvent[] = [];
  const router = new IntegrationEventRouter()
    .on(OrderConfirmedV2, ({ orderId, total }, { event }) => {
      if (options.failing?.has(orderId) === true) throw new Error('the ledger is locked');
      billed.push(`${orderId}: ${total.amount} ${total.currency}`);
      events.push(event);
    })
    .upcast(OrderConfirmedV1, OrderConfirmedV2, (v1) => ({
      orderId: v1.orderId,
      total: { amount: v1.total, currency: 'EUR' },
    }));
  const receiver = new HttpCloudEventsReceiver({
    name: 'billing',
    router,
    ...(options.maxBodyBytes === undefined ? {} : { maxBodyBytes: options.maxBodyBytes }),
  });
  return { receiver, billed, events };
}
