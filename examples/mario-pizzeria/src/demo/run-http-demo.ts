import type { LiveEvent } from '../http/live/live-event.js';
import type { Printer } from './printer.js';
import { readEventStream } from './read-event-stream.js';

/**
 * One order's whole life through the HTTP API of a running pizzeria: logs in as a chef and a driver,
 * follows the staff event stream, and prints each committed event as the server pushes it.
 */
export async function runHttpDemo(baseUrl: string, print: Printer): Promise<void> {
  const api = async (method: string, path: string, body?: unknown, token?: string): Promise<unknown> => {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (token !== undefined) headers['authorization'] = `Bearer ${token}`;
    const response = await fetch(baseUrl + path, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
    return text === '' ? undefined : (JSON.parse(text) as unknown);
  };
  const login = async (name: string, role: string) =>
    ((await api('POST', '/api/auth/dev-login', { name, role })) as { token: string }).token;

  const chef = await login('Mario', 'chef');
  const driver = await login('Toad', 'driver');
  print(`Logged in as Mario (chef) and Toad (driver) at ${baseUrl}`);

  const stop = new AbortController();
  let delivered: (() => void) | undefined;
  const deliveredSeen = new Promise<void>((resolve) => (delivered = resolve));
  let orderId: string | undefined;
  let opened: (() => void) | undefined;
  const open = new Promise<void>((resolve) => (opened = resolve));
  const stream = readEventStream(`${baseUrl}/api/events/stream`, {
    headers: { authorization: `Bearer ${chef}` },
    signal: stop.signal,
    onOpen: () => opened?.(),
  });
  const follow = (async () => {
    for await (const { data } of stream) {
      const event = data as LiveEvent;
      const kind = event.aggregateType.split('.').at(-1)?.toLowerCase() ?? '?';
      print(`  event  ${event.type}  ${kind}=${event.aggregateId}  v${event.version}`);
      if (event.type === 'pizzeria.orders.OrderDelivered.v1' && event.aggregateId === orderId) delivered?.();
    }
  })();
  // Nothing is ordered before the stream is open, so no event is missed.
  await Promise.race([open, follow]);

  try {
    print('POST /api/orders: a large margherita with mushrooms and a small marinara, for Luigi');
    const placed = (await api('POST', '/api/orders', {
      customer: { name: 'Luigi', email: 'luigi@example.com' },
      items: [
        { pizzaId: 'margherita', size: 'L', toppings: ['mushrooms'] },
        { pizzaId: 'marinara', size: 'S' },
      ],
    })) as { orderId: string; totalCents: number };
    orderId = placed.orderId;
    print(`  order ${orderId}, total ${(placed.totalCents / 100).toFixed(2)} EUR`);
    const steps: Array<[string, string, string | undefined]> = [
      ['POST', `/api/orders/${orderId}/confirm`, undefined],
      ['POST', `/api/kitchen/orders/${orderId}/start`, chef],
      ['POST', `/api/kitchen/orders/${orderId}/ready`, chef],
      ['POST', `/api/delivery/orders/${orderId}/assign`, driver],
      ['POST', `/api/delivery/orders/${orderId}/out-for-delivery`, driver],
      ['POST', `/api/delivery/orders/${orderId}/delivered`, driver],
    ];
    for (const [method, path, token] of steps) {
      const order = (await api(method, path, undefined, token)) as { status: string };
      print(`${method} ${path} → ${order.status}`);
    }
    await deliveredSeen;
    const order = (await api('GET', `/api/orders/${orderId}`)) as { status: string; version: number; total: string };
    print(`GET /api/orders/${orderId}: ${order.status}, version ${order.version}, total ${order.total}`);
  } finally {
    stop.abort();
    await follow.catch(() => undefined);
  }
}
