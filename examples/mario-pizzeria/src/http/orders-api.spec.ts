import { afterEach, describe, expect, it } from '@jest/globals';
import { apiUnderTest } from './testing/api-under-test.js';

type Api = Awaited<ReturnType<typeof apiUnderTest>>;
let api: Api | undefined;
const start = async () => (api = await apiUnderTest());
afterEach(async () => {
  await api?.close();
  api = undefined;
});

describe('orders API', () => {
  it('places an order (201, Location) and reads it back priced from the menu', async () => {
    const { call } = await start();
    const placed = await call('POST', '/api/orders', {
      body: {
        customer: { name: 'Luigi', email: 'luigi@example.com' },
        items: [{ pizzaId: 'margherita', size: 'L', toppings: ['mushrooms'] }],
      },
    });
    expect(placed.statusCode).toBe(201);
    const { orderId, totalCents } = placed.json() as { orderId: string; totalCents: number };
    expect(placed.headers.get('location')).toBe(`/api/orders/${orderId}`);
    expect(totalCents).toBe(900 + 300 + 150);
    const order = await call('GET', `/api/orders/${orderId}`);
    expect(order.statusCode).toBe(200);
    expect(order.json()).toMatchObject({ id: orderId, status: 'pending', totalCents: 1350, total: '€13.50' });
  });

  it('answers 400 naming every bad field and writes nothing', async () => {
    const { call, glia } = await start();
    const response = await call('POST', '/api/orders', {
      body: { customer: { name: '' }, items: [{ pizzaId: 'margherita', size: 'XL' }] },
    });
    expect(response.statusCode).toBe(400);
    const body = response.json() as { code: string; issues: Array<{ path: string }> };
    expect(body.code).toBe('GLIA.VALIDATION');
    expect(body.issues.map((i) => i.path).sort()).toEqual(['customer.email', 'customer.name', 'items.0.size']);
    await glia.drain();
    const manager = await call('GET', '/api/management/orders', { as: 'manager' });
    expect(manager.json()).toEqual([]);
  });

  it('answers 400 for a body that is not a JSON object, and for malformed JSON', async () => {
    const { call } = await start();
    const notObject = await call('POST', '/api/orders', { body: [1, 2] });
    expect(notObject.statusCode).toBe(400);
    expect(notObject.json()).toMatchObject({ code: 'GLIA.VALIDATION', issues: [{ path: '' }] });
    const malformed = await call('POST', '/api/orders', { raw: '{"items": [' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toMatchObject({ code: 'HTTP.BAD_REQUEST' });
  });

  it('adds a pizza (201, the priced line) and removes a line (200, the order)', async () => {
    const { call, placeOrder } = await start();
    const orderId = await placeOrder();
    const added = await call('POST', `/api/orders/${orderId}/items`, { body: { pizzaId: 'marinara', size: 'S' } });
    expect(added.statusCode).toBe(201);
    const line = added.json() as { lineId: string; priceCents: number };
    expect(line.priceCents).toBe(600);
    const removed = await call('DELETE', `/api/orders/${orderId}/items/${line.lineId}`);
    expect(removed.statusCode).toBe(200);
    expect((removed.json() as { lines: unknown[] }).lines).toHaveLength(1);
  });

  it('answers 400 for a bad pizza size on AddPizza and 409 MENU.UNKNOWN_PIZZA for a pizza not on the menu', async () => {
    const { call, placeOrder } = await start();
    const orderId = await placeOrder();
    const badSize = await call('POST', `/api/orders/${orderId}/items`, { body: { pizzaId: 'marinara', size: 'XXL' } });
    expect(badSize.statusCode).toBe(400);
    expect((badSize.json() as { issues: Array<{ path: string }> }).issues.map((i) => i.path)).toEqual(['size']);
    const unknown = await call('POST', `/api/orders/${orderId}/items`, { body: { pizzaId: 'hawaii', size: 'M' } });
    expect(unknown.statusCode).toBe(409);
    expect(unknown.json()).toMatchObject({ code: 'MENU.UNKNOWN_PIZZA', retryable: false });
  });

  it('confirms and cancels: a confirmed order can be cancelled, a cancelled one not confirmed (409 with the code)', async () => {
    const { call, confirmedOrder } = await start();
    const orderId = await confirmedOrder();
    const cancelled = await call('POST', `/api/orders/${orderId}/cancel`, { body: { reason: 'changed my mind' } });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled' });
    const again = await call('POST', `/api/orders/${orderId}/confirm`);
    expect(again.statusCode).toBe(409);
    expect((again.json() as { code: string }).code).toMatch(/^ORDER\./);
  });

  it('places two simultaneous first orders with one new email (201 both) for one customer, who then has both', async () => {
    const { call, glia } = await start();
    const body = {
      customer: { name: 'Toad', email: 'toad@example.com' },
      items: [{ pizzaId: 'margherita', size: 'M' }],
    };
    const responses = await Promise.all([call('POST', '/api/orders', { body }), call('POST', '/api/orders', { body })]);
    expect(responses.map((r) => r.statusCode)).toEqual([201, 201]);
    const placed = responses.map((r) => r.json() as { orderId: string; customerId: string });
    const customerIds = new Set(placed.map((p) => p.customerId));
    expect(customerIds.size).toBe(1);
    await glia.drain();
    const customer = await call('GET', `/api/customers/${[...customerIds].join()}`);
    const { activeOrderIds } = customer.json() as { activeOrderIds: string[] };
    expect([...activeOrderIds].sort()).toEqual(placed.map((p) => p.orderId).sort());
  });

  it('refuses to confirm an empty order with 409 ORDER.EMPTY', async () => {
    const { call, placeOrder } = await start();
    const orderId = await placeOrder();
    const order = (await call('GET', `/api/orders/${orderId}`)).json() as { lines: Array<{ lineId: string }> };
    await call('DELETE', `/api/orders/${orderId}/items/${order.lines[0]?.lineId}`);
    const response = await call('POST', `/api/orders/${orderId}/confirm`);
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'ORDER.EMPTY' });
  });

  it.each([
    ['GET', '/api/orders/nope'],
    ['POST', '/api/orders/nope/confirm'],
    ['POST', '/api/orders/nope/cancel'],
    ['POST', '/api/orders/nope/items'],
    ['DELETE', '/api/orders/nope/items/line-1'],
    ['GET', '/api/orders/nope/stream'],
    ['GET', '/api/orders/nope/mails'],
  ] as const)('answers 404 GLIA.AGGREGATE_NOT_FOUND for %s %s', async (method, url) => {
    const { call } = await start();
    const body = url.endsWith('/items') ? { pizzaId: 'margherita', size: 'M' } : undefined;
    const response = await call(method, url, body === undefined ? {} : { body });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'GLIA.AGGREGATE_NOT_FOUND' });
  });

  it("lists the order's confirmation email once it is sent, and none for a pending order", async () => {
    const { call, placeOrder, confirmedOrder, glia } = await start();
    const pending = await placeOrder('peach@example.com');
    const orderId = await confirmedOrder();
    await glia.drain();
    expect((await call('GET', `/api/orders/${pending}/mails`)).json()).toEqual([]);
    const response = await call('GET', `/api/orders/${orderId}/mails`);
    expect(response.statusCode).toBe(200);
    const mails = response.json() as Array<Record<string, unknown>>;
    expect(mails).toEqual([
      expect.objectContaining({ orderId, to: 'luigi@example.com', subject: expect.stringContaining(orderId) }),
    ]);
    expect(mails[0]?.['body']).toContain('Ciao Luigi!');
    expect(Number.isNaN(Date.parse(String(mails[0]?.['sentAt'])))).toBe(false);
  });

  it('answers 404 HTTP.NOT_FOUND for a route that does not exist', async () => {
    const { call } = await start();
    const response = await call('GET', '/api/nothing-here');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'HTTP.NOT_FOUND' });
  });

  it('serves the menu with a price per size from the one pricing rule', async () => {
    const { call } = await start();
    const menu = (await call('GET', '/api/menu')).json() as {
      pizzas: Array<{ id: string; prices: Record<string, number> }>;
      toppings: Array<{ id: string; priceCents: number }>;
    };
    expect(menu.pizzas.find((p) => p.id === 'margherita')?.prices).toEqual({ S: 700, M: 900, L: 1200 });
    expect(menu.toppings.find((t) => t.id === 'mushrooms')?.priceCents).toBe(150);
  });
});
