import { afterEach, describe, expect, it } from '@jest/globals';
import { apiUnderTest } from './testing/api-under-test.js';

type Api = Awaited<ReturnType<typeof apiUnderTest>>;
let api: Api | undefined;
const start = async () => (api = await apiUnderTest());
afterEach(async () => {
  await api?.close();
  api = undefined;
});

describe('customers and notifications API', () => {
  it('registers a customer (201), reads them and changes their contact details', async () => {
    const { call } = await start();
    const registered = await call('POST', '/api/customers', { body: { name: 'Peach', email: 'peach@example.com' } });
    expect(registered.statusCode).toBe(201);
    const { customerId } = registered.json() as { customerId: string };
    expect((await call('GET', `/api/customers/${customerId}`)).json()).toMatchObject({ name: 'Peach' });
    const changed = await call('PATCH', `/api/customers/${customerId}`, { body: { phone: '+39 06 555 0101' } });
    expect(changed.json()).toMatchObject({ phone: '+39 06 555 0101', email: 'peach@example.com' });
  });

  it('answers 400 naming the field for a customer without email or phone, and 404 for an unknown one', async () => {
    const { call } = await start();
    const bad = await call('POST', '/api/customers', { body: { name: 'Peach' } });
    expect(bad.statusCode).toBe(400);
    expect((bad.json() as { issues: Array<{ path: string }> }).issues.map((i) => i.path)).toEqual(['email']);
    expect((await call('GET', '/api/customers/nobody')).statusCode).toBe(404);
    expect((await call('PATCH', '/api/customers/nobody', { body: { name: 'X' } })).statusCode).toBe(404);
  });

  it("lists a customer's notifications, marks one read and dismisses it", async () => {
    const { call, confirmedOrder, glia } = await start();
    const orderId = await confirmedOrder();
    await call('POST', `/api/kitchen/orders/${orderId}/start`, { as: 'chef' });
    await glia.drain();
    const order = (await call('GET', `/api/orders/${orderId}`)).json() as { customer: { customerId: string } };
    const { customerId } = order.customer;
    const list = async (query = '') =>
      (await call('GET', `/api/customers/${customerId}/notifications${query}`)).json() as Array<{
        id: string;
        kind: string;
        readAt: string | null;
      }>;
    const [cooking] = await list();
    expect(cooking?.kind).toBe('cooking-started');
    expect((await call('POST', `/api/notifications/${cooking?.id}/read`)).statusCode).toBe(204);
    expect((await list())[0]?.readAt).not.toBeNull();
    expect((await call('POST', `/api/notifications/${cooking?.id}/dismiss`)).statusCode).toBe(204);
    expect(await list()).toEqual([]);
    expect(await list('?includeDismissed=true')).toHaveLength(1);
    expect((await call('POST', '/api/notifications/nope/read')).statusCode).toBe(404);
    expect((await call('GET', `/api/customers/${customerId}/notifications?includeDismissed=maybe`)).statusCode).toBe(
      400,
    );
  });

  it('answers /health, /ready and the OpenAPI description built from the commands’ schemas', async () => {
    const { call } = await start();
    expect((await call('GET', '/health')).json()).toEqual({ status: 'ok' });
    expect((await call('GET', '/ready')).json()).toEqual({ status: 'ready' });
    const doc = (await call('GET', '/docs/openapi.json')).json() as {
      paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: unknown }> } }>>;
    };
    const addPizza = doc.paths['/api/orders/{orderId}/items']?.['post']?.requestBody?.content['application/json'];
    expect(addPizza?.schema).toMatchObject({
      properties: { pizzaId: { type: 'string' }, size: { enum: ['S', 'M', 'L'] } },
      required: ['pizzaId', 'size'],
    });
    expect(JSON.stringify(addPizza?.schema)).not.toContain('orderId');
    const page = await call('GET', '/docs');
    expect(page.headers.get('content-type')).toContain('text/html');
  });
});
