import { describe, expect, it } from '@jest/globals';
import { runDemo } from './run-demo.js';

describe('runDemo', () => {
  it("prints an order's whole life from placed to delivered, with the email, the notifications and the sales", async () => {
    const lines: string[] = [];
    await runDemo((line) => lines.push(line));

    const events = lines.filter((l) => l.trim().startsWith('event')).map((l) => l.trim().split(/\s+/));
    const orderEvents = events.filter(([, , aggregate]) => aggregate?.startsWith('order='));
    expect(orderEvents.map(([, type]) => type)).toEqual([
      'pizzeria.orders.OrderCreated.v1',
      'pizzeria.orders.PizzaAddedToOrder.v1',
      'pizzeria.orders.PizzaAddedToOrder.v1',
      'pizzeria.orders.OrderConfirmed.v1',
      'pizzeria.orders.CookingStarted.v1',
      'pizzeria.orders.OrderReady.v1',
      'pizzeria.orders.OrderAssignedToDelivery.v1',
      'pizzeria.orders.OrderOutForDelivery.v1',
      'pizzeria.orders.OrderDelivered.v1',
    ]);
    expect(orderEvents.map(([, , , version]) => version)).toEqual([
      'v1',
      'v2',
      'v3',
      'v4',
      'v5',
      'v6',
      'v7',
      'v8',
      'v9',
    ]);
    const others = new Set(events.map(([, type]) => type));
    for (const type of [
      'pizzeria.customers.CustomerRegistered.v1',
      'pizzeria.customers.CustomerOrderStarted.v1',
      'pizzeria.customers.CustomerOrderClosed.v1',
      'pizzeria.inventory.IngredientsDeducted.v1',
      'pizzeria.kitchen.CookingSlotTaken.v1',
      'pizzeria.kitchen.CookingSlotFreed.v1',
      'pizzeria.delivery.DriverAssigned.v1',
      'pizzeria.delivery.DriverReturned.v1',
    ]) {
      expect(others).toContain(type);
    }
    expect(lines.filter((l) => l.trim().startsWith('email'))).toHaveLength(1);
    expect(lines.filter((l) => l.trim().startsWith('notify')).map((l) => l.trim().split(/\s+/)[1])).toEqual([
      'cooking-started:',
      'ready:',
      'out-for-delivery:',
    ]);
    expect(lines).toContain('Drivers: Toad available, Yoshi available');
    expect(lines).toContain('Sales today: 1 order(s), 2 pizza(s), €19.50');
    expect(lines.at(-1)).toBe('GetOrder: delivered, version 9, total €19.50, driver driver-toad');
  });
});
