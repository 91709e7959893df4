import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { silentLogger } from '@glia/core';
import { KitchenBoard } from '../kitchen/kitchen-board.js';
import { ListNotifications } from '../notifications/queries/list-notifications.query.js';
import { ConfirmOrder } from '../orders/commands/confirm-order.command.js';
import { PlaceOrder } from '../orders/commands/place-order.command.js';
import { StartCooking } from '../orders/commands/start-cooking.command.js';
import { ListOrders } from '../orders/queries/list-orders.query.js';
import { GetSalesToday } from '../sales/queries/get-sales-today.query.js';
import { createPizzeriaApp, type PizzeriaApp } from '../server.js';
import { oneMargherita } from '../testing/seeded-pizzeria.js';
import { PGLITE_TIMEOUT_MS } from './testing/read-model-database.js';

const dataDir = mkdtempSync(join(tmpdir(), 'pizzeria-restart-'));
const start = () => createPizzeriaApp({ env: { PIZZERIA_DATA_DIR: dataDir }, logger: silentLogger, staticRoots: [] });
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Everything the read models answer about the shop, through the same queries the HTTP API uses. */
async function readModels({ glia }: PizzeriaApp, customerId: string) {
  const { mediator } = glia;
  return {
    kitchenQueue: await mediator.query(ListOrders, { status: ['confirmed', 'cooking'] }),
    orders: await mediator.query(ListOrders, { status: [] }),
    salesToday: await mediator.query(GetSalesToday, {}),
    notifications: await mediator.query(ListNotifications, { customerId }),
    tickets: await glia.container.get(KitchenBoard).tickets(),
  };
}

describe('the read models on PGlite', () => {
  it(
    'keep the kitchen queue, the order list, sales, notifications, tickets and the customer lookup across a restart',
    async () => {
      let pizzeria = await start();
      const placed = await pizzeria.glia.mediator.send(PlaceOrder, oneMargherita);
      const { orderId, customerId } = placed;
      await pizzeria.glia.mediator.send(ConfirmOrder, { orderId });
      await pizzeria.glia.mediator.send(StartCooking, { orderId });
      await pizzeria.glia.drain();
      const before = await readModels(pizzeria, customerId);
      expect(before.kitchenQueue.map((o) => [o.orderId, o.status])).toEqual([[orderId, 'cooking']]);
      expect(before.orders.map((o) => o.orderId)).toEqual([orderId]);
      expect(before.salesToday).toMatchObject({ orders: 1, pizzas: 1, revenueCents: placed.totalCents });
      expect(before.notifications.map((n) => [n.orderId, n.kind])).toEqual([[orderId, 'cooking-started']]);
      expect(before.tickets.map((t) => t.orderId)).toEqual([orderId]);
      await pizzeria.close();

      pizzeria = await start();
      try {
        expect(await readModels(pizzeria, customerId)).toEqual(before);
        // The directory still knows Luigi's email: a second order is his, not a new customer's.
        const again = await pizzeria.glia.mediator.send(PlaceOrder, oneMargherita);
        expect(again.customerId).toBe(customerId);
      } finally {
        await pizzeria.close();
      }
    },
    PGLITE_TIMEOUT_MS * 2,
  );
});
