// Test support for the HTTP specs: the whole application in memory, listening on a free loopback port.
// (fastify's `inject` needs `light-my-request`, whose ESM-only `cookie` Jest cannot load on Node 20;
// a real socket on 127.0.0.1 costs a millisecond and tests the real thing.)
import { silentLogger } from '@glia/core';
import { createPizzeriaApp, type PizzeriaAppOptions } from '../../server.js';
import type { StaffRole } from '../auth/staff-role.js';

/** What one call answered. */
export type ApiResponse = {
  readonly statusCode: number;
  readonly headers: Headers;
  readonly body: string;
  /** The body parsed as JSON. */
  json(): unknown;
};

/** A seeded in-memory pizzeria behind its HTTP API, with helpers to call it as a customer or as staff. */
export async function apiUnderTest(options: PizzeriaAppOptions = {}) {
  const pizzeria = await createPizzeriaApp({
    env: { PIZZERIA_STORAGE: 'memory', PIZZERIA_SECRET: 'test-secret' },
    logger: silentLogger,
    staticRoots: [],
    ...options,
  });
  await pizzeria.glia.drain();
  const baseUrl = await pizzeria.app.listen({ port: 0, host: '127.0.0.1' });

  /** Sends one request; `as` logs in with that role first, `raw` sends the body text as it is. */
  const call = async (
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    init: { body?: unknown; raw?: string; as?: StaffRole; token?: string } = {},
  ): Promise<ApiResponse> => {
    const token = init.token ?? (init.as === undefined ? undefined : pizzeria.tokens.sign(`test ${init.as}`, init.as));
    const headers: Record<string, string> = {};
    if (token !== undefined) headers['authorization'] = `Bearer ${token}`;
    const payload = init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body));
    if (payload !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(baseUrl + url, {
      method,
      headers,
      ...(payload === undefined ? {} : { body: payload }),
    });
    const body = await response.text();
    return { statusCode: response.status, headers: response.headers, body, json: () => JSON.parse(body) as unknown };
  };

  /** Places an order for Luigi through the API; answers its id. */
  const placeOrder = async (email = 'luigi@example.com'): Promise<string> => {
    const response = await call('POST', '/api/orders', {
      body: { customer: { name: 'Luigi', email }, items: [{ pizzaId: 'margherita', size: 'M' }] },
    });
    if (response.statusCode !== 201) throw new Error(`PlaceOrder answered ${response.statusCode}: ${response.body}`);
    return (response.json() as { orderId: string }).orderId;
  };

  /** Places and confirms an order; answers its id. */
  const confirmedOrder = async (email?: string): Promise<string> => {
    const orderId = await placeOrder(email);
    const response = await call('POST', `/api/orders/${orderId}/confirm`);
    if (response.statusCode !== 200) throw new Error(`ConfirmOrder answered ${response.statusCode}: ${response.body}`);
    return orderId;
  };

  /** Moves an order through the API to `ready`; answers its id. */
  const readyOrder = async (): Promise<string> => {
    const orderId = await confirmedOrder();
    await call('POST', `/api/kitchen/orders/${orderId}/start`, { as: 'chef' });
    await call('POST', `/api/kitchen/orders/${orderId}/ready`, { as: 'chef' });
    return orderId;
  };

  return { ...pizzeria, baseUrl, call, placeOrder, confirmedOrder, readyOrder };
}
