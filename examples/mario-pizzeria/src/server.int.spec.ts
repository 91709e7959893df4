import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { silentLogger } from '@glia/core';
import { readEventStream } from './demo/read-event-stream.js';
import { runHttpDemo } from './demo/run-http-demo.js';
import type { LiveEvent } from './http/live/live-event.js';
import { startServer, type PizzeriaServer } from './server.js';

const dataDir = mkdtempSync(join(tmpdir(), 'pizzeria-int-'));
const env = { PIZZERIA_DATA_DIR: dataDir, PIZZERIA_SECRET: 'int-secret' };
const start = () => startServer(0, '127.0.0.1', { env, logger: silentLogger, staticRoots: [] });
let server: PizzeriaServer;

// PGlite (PostgreSQL in WASM) takes seconds to open a data directory on a busy machine.
const PGLITE_TIMEOUT_MS = 60_000;

beforeAll(async () => {
  server = await start();
}, PGLITE_TIMEOUT_MS);
afterAll(async () => {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
}, PGLITE_TIMEOUT_MS);

const post = async (path: string, body?: unknown, token?: string) => {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token !== undefined) headers['authorization'] = `Bearer ${token}`;
  const response = await fetch(server.url + path, {
    method: 'POST',
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

describe('the pizzeria server on PGlite, over real HTTP', () => {
  it('is healthy and ready once seeded', async () => {
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    const ready = await fetch(`${server.url}/ready`);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it("pushes an order's committed events to its stream as they happen", async () => {
    const placed = await post('/api/orders', {
      customer: { name: 'Daisy', email: 'daisy@example.com' },
      items: [{ pizzaId: 'pepperoni', size: 'M' }],
    });
    expect(placed.status).toBe(201);
    const orderId = String(placed.body['orderId']);
    const stop = new AbortController();
    let opened: () => void = () => undefined;
    const open = new Promise<void>((resolve) => (opened = resolve));
    const stream = readEventStream(`${server.url}/api/orders/${orderId}/stream`, {
      signal: stop.signal,
      onOpen: opened,
    });
    const confirmed = (async () => {
      for await (const { data } of stream) {
        const event = data as LiveEvent;
        if (event.type === 'pizzeria.orders.OrderConfirmed.v1') return event;
      }
      return undefined;
    })();
    // The server subscribes before it answers: once the stream is open, no committed event is missed.
    await open;
    expect((await post(`/api/orders/${orderId}/confirm`)).status).toBe(200);

    const event = await confirmed;
    stop.abort();
    expect(event).toMatchObject({ aggregateId: orderId, aggregateType: 'pizzeria.orders.Order', version: 3 });
    expect(event?.payload).toBeDefined();
  });

  it('runs the demo: a whole order lifecycle through the API, every event read from the staff stream', async () => {
    const lines: string[] = [];
    await runHttpDemo(server.url, (line) => lines.push(line));
    const orderEvents = lines.filter((l) => l.includes('event  pizzeria.orders.')).map((l) => l.trim().split(/\s+/)[1]);
    expect(orderEvents).toEqual(
      expect.arrayContaining(['pizzeria.orders.OrderCreated.v1', 'pizzeria.orders.OrderDelivered.v1']),
    );
    expect(lines.at(-1)).toMatch(/: delivered, version 9, total €19\.50$/);
  });

  it(
    'keeps orders across a restart on the same data directory',
    async () => {
      const placed = await post('/api/orders', {
        customer: { name: 'Wario', phone: '+39 06 555 0199' },
        items: [{ pizzaId: 'marinara', size: 'L' }],
      });
      const orderId = String(placed.body['orderId']);
      await server.close();
      server = await start();
      const order = await fetch(`${server.url}/api/orders/${orderId}`);
      expect(order.status).toBe(200);
      expect(await order.json()).toMatchObject({ id: orderId, status: 'pending' });
    },
    PGLITE_TIMEOUT_MS,
  );
});
