import { describe, expect, it } from '@jest/globals';
import { ConcurrencyError, InvalidOperationError, repositoryToken, silentLogger } from '@glia/core';
import { createPizzeria } from '../app.js';
import { ConfirmOrder } from '../orders/commands/confirm-order.command.js';
import { PlaceOrder } from '../orders/commands/place-order.command.js';
import { StartCooking } from '../orders/commands/start-cooking.command.js';
import { GetOrder } from '../orders/queries/get-order.query.js';
import { seedPizzeria } from '../seed.js';
import { KITCHEN_ID } from './kitchen-id.js';
import { Kitchen } from './kitchen.aggregate.js';
import { KitchenErrorCodes } from './kitchen.errors.js';
import { GetKitchen } from './queries/get-kitchen.query.js';

/** A seeded pizzeria with a kitchen of `capacity` and `count` confirmed orders. */
async function kitchenOf(capacity: number, count: number) {
  const glia = await createPizzeria({ kitchenCapacity: capacity, logger: silentLogger });
  await seedPizzeria(glia);
  const orderIds: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const { orderId } = await glia.mediator.send(PlaceOrder, {
      customer: { name: `Cook test ${i}`, email: `guest${i}@example.com` },
      items: [{ pizzaId: 'margherita', size: 'M' }],
    });
    await glia.mediator.send(ConfirmOrder, { orderId });
    orderIds.push(orderId);
  }
  return { glia, orderIds };
}

describe('Kitchen capacity under concurrency', () => {
  it('lets exactly one of two concurrent StartCooking commands take the last slot; the other fails and its order stays confirmed', async () => {
    const { glia, orderIds } = await kitchenOf(2, 3);
    const [first, second, third] = orderIds as [string, string, string];
    await glia.mediator.send(StartCooking, { orderId: first });

    const results = await Promise.allSettled([
      glia.mediator.send(StartCooking, { orderId: second }),
      glia.mediator.send(StartCooking, { orderId: third }),
    ]);

    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const [failure] = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    const reason: unknown = failure?.reason;
    expect(ConcurrencyError.is(reason) || InvalidOperationError.is(reason, KitchenErrorCodes.AtCapacity)).toBe(true);
    const kitchen = await glia.mediator.query(GetKitchen, {});
    expect(kitchen.cooking).toHaveLength(2);
    expect(kitchen.cooking.length).toBeLessThanOrEqual(kitchen.capacity);
    const statuses = await Promise.all(
      [second, third].map(async (orderId) => (await glia.mediator.query(GetOrder, { orderId })).status),
    );
    expect(statuses.sort()).toEqual(['confirmed', 'cooking']);
    await glia.close();
  });

  it('fails the second of two units of work that loaded the same kitchen version with a ConcurrencyError', async () => {
    const { glia, orderIds } = await kitchenOf(1, 2);
    await glia.mediator.send(StartCooking, { orderId: orderIds[0] as string });
    // Free the slot in one scope, so both racing scopes see a free slot at the same version.
    const [a, b] = [glia.openScope(), glia.openScope()];
    const kitchenA = await a.get(repositoryToken(Kitchen)).get(KITCHEN_ID);
    const kitchenB = await b.get(repositoryToken(Kitchen)).get(KITCHEN_ID);
    kitchenA.finishCooking(orderIds[0] as string);
    kitchenB.finishCooking(orderIds[0] as string);
    kitchenA.startCooking(orderIds[1] as string);
    kitchenB.startCooking('someone-else');

    await a.unitOfWork.commit();
    await expect(b.unitOfWork.commit()).rejects.toBeInstanceOf(ConcurrencyError);
    const kitchen = await glia.mediator.query(GetKitchen, {});
    expect(kitchen.cooking.map((s) => s.orderId)).toEqual([orderIds[1]]);
    await glia.close();
  });
});
