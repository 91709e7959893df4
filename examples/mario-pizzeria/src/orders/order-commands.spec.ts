import { describe, expect, it } from '@jest/globals';
import { InvalidOperationError } from '@glia/core';
import { recordingHandler } from '@glia/testing';
import { RestockIngredient } from '../inventory/commands/restock-ingredient.command.js';
import { LowStock } from '../inventory/events/low-stock.event.js';
import { InventoryErrorCodes } from '../inventory/inventory.errors.js';
import { GetInventory } from '../inventory/queries/get-inventory.query.js';
import { pizzeriaSeed } from '../seed.js';
import { oneMargherita, seededPizzeria } from '../testing/seeded-pizzeria.js';
import { AddPizza } from './commands/add-pizza.command.js';
import { CancelOrder } from './commands/cancel-order.command.js';
import { ConfirmOrder } from './commands/confirm-order.command.js';
import { PlaceOrder } from './commands/place-order.command.js';
import { RemovePizza } from './commands/remove-pizza.command.js';
import { StartCooking } from './commands/start-cooking.command.js';
import { GetOrder } from './queries/get-order.query.js';
import { ListOrders } from './queries/list-orders.query.js';

type Mediator = Awaited<ReturnType<typeof seededPizzeria>>['mediator'];

async function stock(mediator: Mediator): Promise<Record<string, number>> {
  const { ingredients } = await mediator.query(GetInventory, {});
  return Object.fromEntries(ingredients.map((i) => [i.id, i.stock]));
}

/** The seed with one ingredient's stock and threshold replaced. */
function seedWith(id: string, stockLevel: number, lowStockThreshold: number) {
  const seed = pizzeriaSeed();
  const ingredients = seed.ingredients.map((i) => (i.id === id ? { ...i, stock: stockLevel, lowStockThreshold } : i));
  return { ...seed, ingredients };
}

describe('order commands', () => {
  it('AddPizza adds a priced line to a pending order and RemovePizza takes it out again', async () => {
    const { glia, mediator } = await seededPizzeria();
    const { orderId, totalCents } = await mediator.send(PlaceOrder, oneMargherita);
    const line = await mediator.send(AddPizza, { orderId, pizzaId: 'pepperoni', size: 'L', toppings: ['olives'] });
    expect(line).toMatchObject({ lineId: 'line-2', pizzaName: 'Pepperoni', priceCents: 1100 + 300 + 100 });
    expect((await mediator.query(GetOrder, { orderId })).totalCents).toBe(totalCents + line.priceCents);
    await mediator.send(RemovePizza, { orderId, lineId: line.lineId });
    expect(await mediator.query(GetOrder, { orderId })).toMatchObject({ totalCents, version: 4 });
    await glia.close();
  });

  it('AddPizza on a confirmed order is refused with ORDER.NOT_PENDING', async () => {
    const { glia, mediator } = await seededPizzeria();
    const { orderId } = await mediator.send(PlaceOrder, oneMargherita);
    await mediator.send(ConfirmOrder, { orderId });
    await expect(mediator.send(AddPizza, { orderId, pizzaId: 'marinara', size: 'M' })).rejects.toMatchObject({
      code: 'ORDER.NOT_PENDING',
    });
    await glia.close();
  });

  it('ConfirmOrder takes exactly what the recipes need out of stock', async () => {
    const { glia, mediator } = await seededPizzeria();
    const before = await stock(mediator);
    const { orderId } = await mediator.send(PlaceOrder, {
      ...oneMargherita,
      items: [{ pizzaId: 'margherita', size: 'L', toppings: ['mushrooms'] }],
    });
    await mediator.send(ConfirmOrder, { orderId });
    const after = await stock(mediator);
    const used = Object.fromEntries(
      Object.keys(before)
        .map((id) => [id, (before[id] ?? 0) - (after[id] ?? 0)] as const)
        .filter(([, n]) => n !== 0),
    );
    expect(used).toEqual({ dough: 375, tomato: 120, mozzarella: 180, basil: 3, mushrooms: 75 });
    await glia.close();
  });

  it('ConfirmOrder refuses an order the stock cannot cover with INVENTORY.INSUFFICIENT; nothing is deducted and the order stays pending', async () => {
    const { glia, mediator } = await seededPizzeria({}, seedWith('mozzarella', 100, 10));
    const before = await stock(mediator);
    const { orderId } = await mediator.send(PlaceOrder, oneMargherita);
    const confirm = mediator.send(ConfirmOrder, { orderId });
    await expect(confirm).rejects.toBeInstanceOf(InvalidOperationError);
    await expect(confirm).rejects.toMatchObject({
      code: InventoryErrorCodes.Insufficient,
      details: { missing: [{ ingredientId: 'mozzarella', needed: 120, available: 100 }] },
    });
    expect(await stock(mediator)).toEqual(before);
    expect(await mediator.query(GetOrder, { orderId })).toMatchObject({ status: 'pending', version: 2 });
    await mediator.send(RestockIngredient, { ingredientId: 'mozzarella', quantity: 500 });
    await mediator.send(ConfirmOrder, { orderId });
    expect((await mediator.query(GetOrder, { orderId })).status).toBe('confirmed');
    await glia.close();
  });

  it('ConfirmOrder raises LowStock when it takes an ingredient under its threshold', async () => {
    const Recorder = recordingHandler([LowStock], 'test.LowStock');
    const { glia, mediator } = await seededPizzeria({ eventHandlers: [Recorder] }, seedWith('dough', 400, 200));
    const { orderId } = await mediator.send(PlaceOrder, oneMargherita);
    await mediator.send(ConfirmOrder, { orderId });
    await glia.drain();
    expect(Recorder.events.map((e) => e.payload())).toEqual([{ ingredientId: 'dough', stock: 150, threshold: 200 }]);
    expect((await mediator.query(GetInventory, {})).ingredients.find((i) => i.id === 'dough')?.low).toBe(true);
    await glia.close();
  });

  it('CancelOrder of a confirmed order gives its ingredients back; once cooking, it is refused with ORDER.TOO_LATE_TO_CANCEL', async () => {
    const { glia, mediator } = await seededPizzeria();
    const before = await stock(mediator);
    const { orderId } = await mediator.send(PlaceOrder, oneMargherita);
    await mediator.send(ConfirmOrder, { orderId });
    await mediator.send(CancelOrder, { orderId, reason: 'changed my mind' });
    expect(await stock(mediator)).toEqual(before);
    expect(await mediator.query(GetOrder, { orderId })).toMatchObject({
      status: 'cancelled',
      cancelReason: 'changed my mind',
    });

    const cooking = await mediator.send(PlaceOrder, oneMargherita);
    await mediator.send(ConfirmOrder, { orderId: cooking.orderId });
    await mediator.send(StartCooking, { orderId: cooking.orderId });
    await expect(mediator.send(CancelOrder, { orderId: cooking.orderId })).rejects.toMatchObject({
      code: 'ORDER.TOO_LATE_TO_CANCEL',
    });
    await glia.close();
  });

  it('ListOrders by status reads the kitchen queue, oldest first, as the orders move on', async () => {
    const { glia, mediator } = await seededPizzeria();
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const { orderId } = await mediator.send(PlaceOrder, oneMargherita);
      ids.push(orderId);
    }
    await mediator.send(ConfirmOrder, { orderId: ids[2] as string });
    await mediator.send(ConfirmOrder, { orderId: ids[0] as string });
    await glia.drain();
    const queue = await mediator.query(ListOrders, { status: ['confirmed'] });
    expect(queue.map((o) => o.orderId)).toEqual([ids[0], ids[2]]);
    expect(queue[0]).toMatchObject({ customerName: 'Luigi', pizzas: ['Margherita (M)'], totalCents: 900 });

    await mediator.send(StartCooking, { orderId: ids[0] as string });
    await glia.drain();
    expect((await mediator.query(ListOrders, { status: ['confirmed'] })).map((o) => o.orderId)).toEqual([ids[2]]);
    expect((await mediator.query(ListOrders, { status: ['cooking'] })).map((o) => o.orderId)).toEqual([ids[0]]);
    expect(await mediator.query(ListOrders, {})).toHaveLength(3);
    await glia.close();
  });
});
