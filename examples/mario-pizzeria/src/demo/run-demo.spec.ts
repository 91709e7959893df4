import { describe, expect, it } from '@jest/globals';
import { runDemo } from './run-demo.js';

describe('runDemo', () => {
  it('prints every event of an order from placed to ready, the confirmation email and the final status', async () => {
    const lines: string[] = [];
    await runDemo((line) => lines.push(line));

    const events = lines.filter((l) => l.trim().startsWith('event')).map((l) => l.trim().split(/\s+/)[1]);
    expect(events).toEqual([
      'pizzeria.orders.OrderCreated.v1',
      'pizzeria.orders.PizzaAddedToOrder.v1',
      'pizzeria.orders.PizzaAddedToOrder.v1',
      'pizzeria.orders.OrderConfirmed.v1',
      'pizzeria.orders.CookingStarted.v1',
      'pizzeria.orders.OrderReady.v1',
    ]);
    const versions = lines.filter((l) => l.trim().startsWith('event')).map((l) => l.trim().split(/\s+/)[3]);
    expect(versions).toEqual(['v1', 'v2', 'v3', 'v4', 'v5', 'v6']);
    expect(lines.filter((l) => l.trim().startsWith('email'))).toHaveLength(1);
    expect(lines.at(-1)).toMatch(/^GetOrder: ready, version 6/);
  });
});
