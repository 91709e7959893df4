import { afterEach, describe, expect, it } from '@jest/globals';
import { HandlesEvent, type DomainEventHandler } from '@glia/core';
import { Container, inject, injectable } from 'inversify';
import { OrderConfirmed } from '../orders/events/order-confirmed.event.js';
import { apiUnderTest } from './testing/api-under-test.js';

@injectable()
class Printer {
  jammed = true;
}

@HandlesEvent(OrderConfirmed, { name: 'test.ReceiptPrinter' })
class ReceiptPrinterHandler implements DomainEventHandler<OrderConfirmed> {
  constructor(@inject(Printer) private readonly printer: Printer) {}
  async handle(): Promise<void> {
    if (this.printer.jammed) throw new Error('paper jam');
  }
}

type Api = Awaited<ReturnType<typeof apiUnderTest>>;
let api: Api | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

describe('management API', () => {
  it('lists the mailbox newest first for a manager; 401 without a token, 403 for a chef, 400 for a bad limit', async () => {
    api = await apiUnderTest();
    const { call, confirmedOrder, glia } = api;
    const first = await confirmedOrder('luigi@example.com');
    const second = await confirmedOrder('peach@example.com');
    await glia.drain();

    const response = await call('GET', '/api/mailbox', { as: 'manager' });
    expect(response.statusCode).toBe(200);
    const mails = response.json() as Array<{
      orderId: string;
      to: string;
      subject: string;
      body: string;
      sentAt: string;
    }>;
    expect(mails.map((m) => [m.orderId, m.to])).toEqual([
      [second, 'peach@example.com'],
      [first, 'luigi@example.com'],
    ]);
    expect(mails[0]?.body).toContain('Total:');
    expect((await call('GET', '/api/mailbox?limit=1', { as: 'manager' })).json()).toHaveLength(1);

    expect((await call('GET', '/api/mailbox')).statusCode).toBe(401);
    expect((await call('GET', '/api/mailbox', { as: 'chef' })).statusCode).toBe(403);
    const bad = await call('GET', '/api/mailbox?limit=0', { as: 'manager' });
    expect(bad.statusCode).toBe(400);
    expect((bad.json() as { issues: Array<{ path: string }> }).issues.map((i) => i.path)).toEqual(['limit']);
  });

  it("reports today's sales and the top pizzas once an order is delivered", async () => {
    api = await apiUnderTest();
    const { call, readyOrder, glia } = api;
    const orderId = await readyOrder();
    for (const step of ['assign', 'out-for-delivery', 'delivered']) {
      await call('POST', `/api/delivery/orders/${orderId}/${step}`, { as: 'driver' });
    }
    await glia.drain();
    const sales = await call('GET', '/api/management/sales/today', { as: 'manager' });
    expect(sales.json()).toMatchObject({ orders: 1, pizzas: 1, revenueCents: 900 });
    const top = await call('GET', '/api/management/sales/top-pizzas?limit=1', { as: 'manager' });
    expect(top.json()).toEqual([expect.objectContaining({ pizzaId: 'margherita', quantity: 1 })]);
    const orders = await call('GET', '/api/management/orders?status=delivered', { as: 'manager' });
    expect((orders.json() as Array<{ orderId: string }>).map((o) => o.orderId)).toEqual([orderId]);
  });

  it("leaves a confirmed order cancelled before cooking out of today's sales and reports it apart", async () => {
    api = await apiUnderTest();
    const { call, confirmedOrder, glia } = api;
    await confirmedOrder();
    const cancelled = await confirmedOrder('peach@example.com');
    expect((await call('POST', `/api/orders/${cancelled}/cancel`)).statusCode).toBe(200);
    await glia.drain();
    const sales = await call('GET', '/api/management/sales/today', { as: 'manager' });
    expect(sales.json()).toMatchObject({
      orders: 1,
      pizzas: 1,
      revenueCents: 900,
      cancelledOrders: 1,
      cancelledRevenueCents: 900,
    });
  });

  it('answers 400 naming the field for a bad limit, day or status', async () => {
    api = await apiUnderTest();
    const { call } = api;
    const paths = async (url: string) =>
      ((await call('GET', url, { as: 'manager' })).json() as { issues: Array<{ path: string }> }).issues.map(
        (i) => i.path,
      );
    expect(await paths('/api/management/sales/top-pizzas?limit=lots')).toEqual(['limit']);
    expect(await paths('/api/management/sales/today?day=yesterday')).toEqual(['day']);
    expect(await paths('/api/management/orders?status=burnt')).toEqual(['status.0']);
  });

  it('lists dead deliveries and retries them by handler', async () => {
    const container = new Container();
    container.bind(Printer).toSelf().inSingletonScope();
    api = await apiUnderTest({
      container,
      eventHandlers: [ReceiptPrinterHandler],
      retry: { maxAttempts: 2, initialDelayMs: 1, jitter: 0 },
    });
    const { call, confirmedOrder, glia } = api;
    const orderId = await confirmedOrder();
    await glia.drain();
    const dead = await call('GET', '/api/management/deliveries/dead', { as: 'manager' });
    expect(dead.json()).toEqual([
      expect.objectContaining({
        handler: 'test.ReceiptPrinter',
        status: 'dead',
        attempts: 2,
        lastError: expect.stringContaining('paper jam'),
        event: expect.objectContaining({ type: 'pizzeria.orders.OrderConfirmed.v1', aggregateId: orderId }),
      }),
    ]);
    container.get(Printer).jammed = false;
    const retried = await call('POST', '/api/management/deliveries/retry', {
      as: 'manager',
      body: { handler: 'test.ReceiptPrinter' },
    });
    expect(retried.json()).toMatchObject({ retried: 1 });
    await glia.drain();
    expect((await call('GET', '/api/management/deliveries/dead', { as: 'manager' })).json()).toEqual([]);
  });

  it('reads the inventory, restocks an ingredient and changes the kitchen capacity', async () => {
    api = await apiUnderTest();
    const { call } = api;
    const stock = (body: unknown) =>
      (body as { ingredients: Array<{ id: string; stock: number }> }).ingredients.find((i) => i.id === 'basil')?.stock;
    const before = stock((await call('GET', '/api/management/inventory', { as: 'manager' })).json());
    const after = await call('POST', '/api/management/inventory/basil/restock', {
      as: 'manager',
      body: { quantity: 50 },
    });
    expect(stock(after.json())).toBe((before ?? 0) + 50);
    const missing = await call('POST', '/api/management/inventory/saffron/restock', {
      as: 'manager',
      body: { quantity: 5 },
    });
    expect(missing.statusCode).toBe(409);
    const capacity = await call('PUT', '/api/management/kitchen/capacity', { as: 'manager', body: { capacity: 5 } });
    expect(capacity.json()).toEqual({ capacity: 5 });
    expect((await call('GET', '/api/kitchen', { as: 'manager' })).json()).toMatchObject({ capacity: 5 });
    const bad = await call('PUT', '/api/management/kitchen/capacity', { as: 'manager', body: { capacity: 0 } });
    expect(bad.statusCode).toBe(400);
  });
});
