import { afterEach, describe, expect, it } from '@jest/globals';
import { apiUnderTest } from './testing/api-under-test.js';

type Api = Awaited<ReturnType<typeof apiUnderTest>>;
let api: Api | undefined;
const start = async (options: Parameters<typeof apiUnderTest>[0] = {}) => (api = await apiUnderTest(options));
afterEach(async () => {
  await api?.close();
  api = undefined;
});

describe('staff API: auth', () => {
  it('signs a token at the dev login that opens the kitchen', async () => {
    const { call } = await start();
    const login = await call('POST', '/api/auth/dev-login', { body: { name: 'Mario', role: 'chef' } });
    expect(login.statusCode).toBe(200);
    const { token } = login.json() as { token: string };
    expect((await call('GET', '/api/kitchen/queue', { token })).statusCode).toBe(200);
  });

  it('answers 400 naming name and role for a bad dev login', async () => {
    const { call } = await start();
    const response = await call('POST', '/api/auth/dev-login', { body: { name: '', role: 'pope' } });
    expect(response.statusCode).toBe(400);
    expect((response.json() as { issues: Array<{ path: string }> }).issues.map((i) => i.path).sort()).toEqual([
      'name',
      'role',
    ]);
  });

  it.each([
    ['GET', '/api/kitchen/queue'],
    ['POST', '/api/kitchen/orders/x/start'],
    ['GET', '/api/delivery/orders'],
    ['POST', '/api/delivery/orders/x/assign'],
    ['GET', '/api/management/sales/today'],
    ['POST', '/api/management/deliveries/retry'],
    ['GET', '/api/events/stream'],
  ] as const)(
    'answers 401 AUTH.UNAUTHENTICATED to %s %s without a token, and with a forged one',
    async (method, url) => {
      const { call } = await start();
      const none = await call(method, url);
      expect(none.statusCode).toBe(401);
      expect(none.json()).toMatchObject({ code: 'AUTH.UNAUTHENTICATED' });
      const forged = await call(method, url, {
        token: 'eyJuYW1lIjoieCIsInJvbGUiOiJtYW5hZ2VyIiwiZXhwIjo5OTk5OTk5OTk5fQ.bad',
      });
      expect(forged.statusCode).toBe(401);
    },
  );

  it.each([
    ['driver', 'GET', '/api/kitchen/queue'],
    ['chef', 'GET', '/api/delivery/drivers'],
    ['chef', 'GET', '/api/management/sales/today'],
    ['driver', 'GET', '/api/management/deliveries/dead'],
  ] as const)('answers 403 AUTH.FORBIDDEN to a %s on %s %s', async (role, method, url) => {
    const { call } = await start();
    const response = await call(method, url, { as: role });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'AUTH.FORBIDDEN' });
  });
});

describe('staff API: kitchen', () => {
  it('shows confirmed orders in the queue, starts cooking (200) and marks ready (200)', async () => {
    const { call, confirmedOrder, glia } = await start();
    const orderId = await confirmedOrder();
    await glia.drain();
    const queue = (await call('GET', '/api/kitchen/queue', { as: 'chef' })).json() as Array<{ orderId: string }>;
    expect(queue.map((o) => o.orderId)).toEqual([orderId]);
    const started = await call('POST', `/api/kitchen/orders/${orderId}/start`, { as: 'chef' });
    expect(started.statusCode).toBe(200);
    expect(started.json()).toMatchObject({ status: 'cooking' });
    const kitchen = (await call('GET', '/api/kitchen', { as: 'chef' })).json() as {
      cooking: Array<{ orderId: string }>;
    };
    expect(kitchen.cooking.map((c) => c.orderId)).toEqual([orderId]);
    const ready = await call('POST', `/api/kitchen/orders/${orderId}/ready`, { as: 'chef' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ status: 'ready' });
  });

  it('answers 409 with the domain code for cooking a pending order, and 404 for an unknown one', async () => {
    const { call, placeOrder } = await start();
    const orderId = await placeOrder();
    const pending = await call('POST', `/api/kitchen/orders/${orderId}/start`, { as: 'chef' });
    expect(pending.statusCode).toBe(409);
    expect((pending.json() as { code: string }).code).toMatch(/^ORDER\./);
    const unknown = await call('POST', '/api/kitchen/orders/nope/ready', { as: 'chef' });
    expect(unknown.statusCode).toBe(404);
  });

  it('lets one of two cooks take the last kitchen slot: one 200, one 409 (a retryable conflict or the kitchen full)', async () => {
    const { call, confirmedOrder } = await start({ kitchenCapacity: 2 });
    const [first, second, third] = [
      await confirmedOrder('a@example.com'),
      await confirmedOrder('b@example.com'),
      await confirmedOrder('c@example.com'),
    ];
    expect((await call('POST', `/api/kitchen/orders/${first}/start`, { as: 'chef' })).statusCode).toBe(200);

    const responses = await Promise.all([
      call('POST', `/api/kitchen/orders/${second}/start`, { as: 'chef' }),
      call('POST', `/api/kitchen/orders/${third}/start`, { as: 'chef' }),
    ]);

    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const conflict = responses.find((r) => r.statusCode === 409)?.json() as { code: string; retryable: boolean };
    expect(['GLIA.CONCURRENCY', 'KITCHEN.AT_CAPACITY']).toContain(conflict.code);
    expect(conflict.retryable).toBe(conflict.code === 'GLIA.CONCURRENCY');
    const kitchen = (await call('GET', '/api/kitchen', { as: 'manager' })).json() as { cooking: unknown[] };
    expect(kitchen.cooking).toHaveLength(2);
  });
});

describe('staff API: delivery', () => {
  it('lists ready orders and drivers, assigns, sends out and delivers', async () => {
    const { call, readyOrder, glia } = await start();
    const orderId = await readyOrder();
    await glia.drain();
    const board = (await call('GET', '/api/delivery/orders', { as: 'driver' })).json() as Array<{ orderId: string }>;
    expect(board.map((o) => o.orderId)).toEqual([orderId]);
    const drivers = (await call('GET', '/api/delivery/drivers', { as: 'driver' })).json() as Array<{ id: string }>;
    expect(drivers.map((d) => d.id)).toEqual(['driver-toad', 'driver-yoshi']);
    const assigned = await call('POST', `/api/delivery/orders/${orderId}/assign`, {
      as: 'driver',
      body: { driverId: 'driver-yoshi' },
    });
    expect(assigned.json()).toMatchObject({ status: 'assigned', driverId: 'driver-yoshi' });
    const out = await call('POST', `/api/delivery/orders/${orderId}/out-for-delivery`, { as: 'driver' });
    expect(out.json()).toMatchObject({ status: 'out-for-delivery' });
    const delivered = await call('POST', `/api/delivery/orders/${orderId}/delivered`, { as: 'driver' });
    expect(delivered.statusCode).toBe(200);
    expect(delivered.json()).toMatchObject({ status: 'delivered' });
  });

  it('answers 409 for delivering an order that is not out, and 400 for an empty driver id', async () => {
    const { call, readyOrder } = await start();
    const orderId = await readyOrder();
    const early = await call('POST', `/api/delivery/orders/${orderId}/delivered`, { as: 'driver' });
    expect(early.statusCode).toBe(409);
    const bad = await call('POST', `/api/delivery/orders/${orderId}/assign`, { as: 'driver', body: { driverId: ' ' } });
    expect(bad.statusCode).toBe(400);
    expect((bad.json() as { issues: Array<{ path: string }> }).issues.map((i) => i.path)).toEqual(['driverId']);
  });
});
