import { describe, expect, it } from '@jest/globals';
import { ChangeKitchenCapacity } from '../kitchen/commands/change-kitchen-capacity.command.js';
import { GetKitchen } from '../kitchen/queries/get-kitchen.query.js';
import { ConfirmOrder } from '../orders/commands/confirm-order.command.js';
import { MarkReady } from '../orders/commands/mark-ready.command.js';
import { PlaceOrder } from '../orders/commands/place-order.command.js';
import { StartCooking } from '../orders/commands/start-cooking.command.js';
import { GetOrder } from '../orders/queries/get-order.query.js';
import { oneMargherita, seededPizzeria } from '../testing/seeded-pizzeria.js';
import { AssignDriver } from './commands/assign-driver.command.js';
import { MarkDelivered } from './commands/mark-delivered.command.js';
import { MarkOutForDelivery } from './commands/mark-out-for-delivery.command.js';
import { FleetErrorCodes } from './fleet.errors.js';
import { ListDrivers } from './queries/list-drivers.query.js';

type Mediator = Awaited<ReturnType<typeof seededPizzeria>>['mediator'];

async function readyOrder(mediator: Mediator): Promise<string> {
  const { orderId } = await mediator.send(PlaceOrder, oneMargherita);
  for (const command of [ConfirmOrder, StartCooking, MarkReady]) await mediator.send(command, { orderId });
  return orderId;
}

const statuses = async (mediator: Mediator) =>
  (await mediator.query(ListDrivers, {})).map((d) => [d.id, d.status, d.orderId]);

describe('kitchen and delivery commands', () => {
  it('MarkReady frees the kitchen slot StartCooking took', async () => {
    const { glia, mediator } = await seededPizzeria();
    const { orderId } = await mediator.send(PlaceOrder, oneMargherita);
    await mediator.send(ConfirmOrder, { orderId });
    await mediator.send(StartCooking, { orderId });
    expect(await mediator.query(GetKitchen, {})).toMatchObject({ capacity: 3, freeSlots: 2 });
    await mediator.send(MarkReady, { orderId });
    expect(await mediator.query(GetKitchen, {})).toMatchObject({ cooking: [], freeSlots: 3 });
    await glia.close();
  });

  it('StartCooking in a full kitchen is refused with KITCHEN.AT_CAPACITY and the order stays confirmed', async () => {
    const { glia, mediator } = await seededPizzeria({ kitchenCapacity: 2 });
    await mediator.send(ChangeKitchenCapacity, { capacity: 1 });
    const ids: string[] = [];
    for (let i = 0; i < 2; i += 1) {
      const { orderId } = await mediator.send(PlaceOrder, oneMargherita);
      await mediator.send(ConfirmOrder, { orderId });
      ids.push(orderId);
    }
    await mediator.send(StartCooking, { orderId: ids[0] as string });
    await expect(mediator.send(StartCooking, { orderId: ids[1] as string })).rejects.toMatchObject({
      code: 'KITCHEN.AT_CAPACITY',
    });
    expect((await mediator.query(GetOrder, { orderId: ids[1] as string })).status).toBe('confirmed');
    await glia.close();
  });

  it('takes a ready order to the first available driver, out for delivery, delivered, and frees the driver', async () => {
    const { glia, mediator } = await seededPizzeria();
    const orderId = await readyOrder(mediator);

    const { driverId } = await mediator.send(AssignDriver, { orderId });
    expect(driverId).toBe('driver-toad');
    expect(await statuses(mediator)).toEqual([
      ['driver-toad', 'assigned', orderId],
      ['driver-yoshi', 'available', null],
    ]);
    await mediator.send(MarkOutForDelivery, { orderId });
    expect((await statuses(mediator))[0]).toEqual(['driver-toad', 'on-the-road', orderId]);
    await mediator.send(MarkDelivered, { orderId });
    expect((await statuses(mediator))[0]).toEqual(['driver-toad', 'available', null]);
    expect(await mediator.query(GetOrder, { orderId })).toMatchObject({ status: 'delivered', driverId: 'driver-toad' });
    await glia.close();
  });

  it('AssignDriver to an order not ready is refused with ORDER.NOT_READY and the driver stays available', async () => {
    const { glia, mediator } = await seededPizzeria();
    const { orderId } = await mediator.send(PlaceOrder, oneMargherita);
    await expect(mediator.send(AssignDriver, { orderId, driverId: 'driver-yoshi' })).rejects.toMatchObject({
      code: 'ORDER.NOT_READY',
    });
    expect((await statuses(mediator)).map(([, status]) => status)).toEqual(['available', 'available']);
    await glia.close();
  });

  it('AssignDriver when every driver is out is refused with FLEET.NO_DRIVER_AVAILABLE', async () => {
    const { glia, mediator } = await seededPizzeria();
    for (let i = 0; i < 2; i += 1) await mediator.send(AssignDriver, { orderId: await readyOrder(mediator) });
    const third = await readyOrder(mediator);
    await expect(mediator.send(AssignDriver, { orderId: third })).rejects.toMatchObject({
      code: FleetErrorCodes.NoDriverAvailable,
    });
    expect((await mediator.query(GetOrder, { orderId: third })).status).toBe('ready');
    await glia.close();
  });

  it('MarkOutForDelivery before a driver is assigned is refused with ORDER.NOT_ASSIGNED', async () => {
    const { glia, mediator } = await seededPizzeria();
    const orderId = await readyOrder(mediator);
    await expect(mediator.send(MarkOutForDelivery, { orderId })).rejects.toMatchObject({ code: 'ORDER.NOT_ASSIGNED' });
    await glia.close();
  });
});
