import { describe, expect, it } from '@jest/globals';
import {
  AggregateNotFoundError,
  DomainEvent,
  HandlesEvent,
  InvalidOperationError,
  ValidationError,
  silentLogger,
  type DeliveryFailure,
  type DomainEventHandler,
} from '@glia/core';
import { Container, inject, injectable } from 'inversify';
import { createPizzeria } from './app.js';
import { seedPizzeria } from './seed.js';
import { KitchenBoard } from './kitchen/kitchen-board.js';
import { InMemoryMailer } from './notifications/in-memory-mailer.js';
import { CancelOrder } from './orders/commands/cancel-order.command.js';
import { ConfirmOrder } from './orders/commands/confirm-order.command.js';
import { MarkReady } from './orders/commands/mark-ready.command.js';
import { PlaceOrder } from './orders/commands/place-order.command.js';
import { StartCooking } from './orders/commands/start-cooking.command.js';
import { OrderConfirmed } from './orders/events/order-confirmed.event.js';
import { GetOrder } from './orders/queries/get-order.query.js';
import { GetSalesToday } from './sales/queries/get-sales-today.query.js';

@HandlesEvent(OrderConfirmed, { name: 'test.AlwaysFails' })
class AlwaysFailsHandler implements DomainEventHandler<OrderConfirmed> {
  async handle(): Promise<void> {
    throw new Error('the receipt printer is on fire');
  }
}

@injectable()
class Recorded {
  readonly events: DomainEvent[] = [];
}

@HandlesEvent(DomainEvent, { name: 'test.RecordEvents' })
class RecordEventsHandler implements DomainEventHandler {
  constructor(@inject(Recorded) private readonly recorded: Recorded) {}
  async handle(event: DomainEvent): Promise<void> {
    this.recorded.events.push(event);
  }
}

const luigi = { name: 'Luigi', email: 'luigi@example.com' };
const oneMargherita = { customer: luigi, items: [{ pizzaId: 'margherita', size: 'M' as const }] };

async function pizzeria() {
  const container = new Container();
  container.bind(Recorded).toSelf().inSingletonScope();
  const mailer = new InMemoryMailer();
  const glia = await createPizzeria({
    container,
    mailer,
    eventHandlers: [AlwaysFailsHandler, RecordEventsHandler],
    retry: { maxAttempts: 3, initialDelayMs: 1, jitter: 0 },
    logger: silentLogger,
  });
  await seedPizzeria(glia);
  await glia.drain();
  container.get(Recorded).events.length = 0;
  const failures: DeliveryFailure[] = [];
  glia.onDeliveryFailure((failure) => failures.push(failure));
  // The order's own events: handlers add customer, inventory and kitchen events around them.
  const recorded = () =>
    container
      .get(Recorded)
      .events.filter((e) => e.aggregateType === 'pizzeria.orders.Order')
      .map((e) => [e.eventType, e.aggregateVersion]);
  return { glia, mailer, failures, recorded, board: container.get(KitchenBoard) };
}

describe('createPizzeria', () => {
  it('emails the customer and pins a kitchen ticket when an order is placed and confirmed, though a third handler always throws', async () => {
    const { glia, mailer, board, failures } = await pizzeria();

    const { orderId } = await glia.mediator.send(PlaceOrder, oneMargherita);
    await glia.mediator.send(ConfirmOrder, { orderId });
    await glia.drain();

    expect(mailer.sent.map((m) => m.to)).toEqual(['luigi@example.com']);
    expect((await board.tickets()).map((t) => t.orderId)).toEqual([orderId]);
    const byHandler = async (handler: string) =>
      (await glia.deliveries.list({ handler })).map((d) => [d.status, d.attempts]);
    expect(await byHandler('pizzeria.notifications.ConfirmationEmail')).toEqual([['completed', 1]]);
    expect(await byHandler('pizzeria.kitchen.KitchenTicket')).toEqual([['completed', 1]]);
    expect(await byHandler('test.AlwaysFails')).toEqual([['dead', 3]]);
    expect(failures.map((f) => [f.delivery.handler, f.attempt, f.willRetry])).toEqual([
      ['test.AlwaysFails', 1, true],
      ['test.AlwaysFails', 2, true],
      ['test.AlwaysFails', 3, false],
    ]);
    await glia.close();
  });

  it('withdraws the kitchen ticket and the sale of a confirmed order cancelled before cooking; refuses to cancel one cooking', async () => {
    const { glia, board } = await pizzeria();
    const { mediator } = glia;
    const cancelled = await mediator.send(PlaceOrder, oneMargherita);
    const cooking = await mediator.send(PlaceOrder, oneMargherita);
    for (const { orderId } of [cancelled, cooking]) await mediator.send(ConfirmOrder, { orderId });
    await mediator.send(StartCooking, { orderId: cooking.orderId });
    await glia.drain();
    expect((await board.tickets()).map((t) => t.orderId)).toEqual([cancelled.orderId, cooking.orderId]);

    await mediator.send(CancelOrder, { orderId: cancelled.orderId, reason: 'changed my mind' });
    const tooLate = mediator.send(CancelOrder, { orderId: cooking.orderId });
    await expect(tooLate).rejects.toMatchObject({ code: 'ORDER.TOO_LATE_TO_CANCEL' });
    await glia.drain();

    expect((await board.tickets()).map((t) => t.orderId)).toEqual([cooking.orderId]);
    expect(await mediator.query(GetSalesToday, {})).toMatchObject({
      orders: 1,
      pizzas: 1,
      revenueCents: cooking.totalCents,
      cancelledOrders: 1,
      cancelledRevenueCents: cancelled.totalCents,
    });
    expect((await mediator.query(GetOrder, { orderId: cooking.orderId })).status).toBe('cooking');
    await glia.close();
  });

  it('commits OrderCreated, PizzaAddedToOrder, then OrderConfirmed as consecutive versions', async () => {
    const { glia, recorded } = await pizzeria();
    const { orderId } = await glia.mediator.send(PlaceOrder, oneMargherita);
    await glia.mediator.send(ConfirmOrder, { orderId });
    await glia.drain();
    expect(recorded()).toEqual([
      ['pizzeria.orders.OrderCreated.v1', 1],
      ['pizzeria.orders.PizzaAddedToOrder.v1', 2],
      ['pizzeria.orders.OrderConfirmed.v1', 3],
    ]);
    await glia.close();
  });

  it('takes an order through cooking to ready, as GetOrder then reads it', async () => {
    const { glia } = await pizzeria();
    const { orderId, totalCents } = await glia.mediator.send(PlaceOrder, oneMargherita);
    for (const command of [ConfirmOrder, StartCooking, MarkReady]) await glia.mediator.send(command, { orderId });
    const view = await glia.mediator.query(GetOrder, { orderId });
    expect(view).toMatchObject({ id: orderId, status: 'ready', version: 5, totalCents, customer: luigi });
    expect(view.lines.map((l) => [l.pizzaId, l.size])).toEqual([['margherita', 'M']]);
    await glia.close();
  });

  it('refuses bad PlaceOrder input with a ValidationError naming each bad field, and commits nothing', async () => {
    const { glia, recorded } = await pizzeria();
    const bad = { customer: { name: 'Luigi', email: 'not-an-email' }, items: [{ pizzaId: 'margherita', size: 'XL' }] };
    let thrown: unknown;
    try {
      await glia.mediator.send(PlaceOrder, bad as never);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ValidationError);
    expect((thrown as ValidationError).issues.map((i) => i.path).sort()).toEqual(['customer.email', 'items.0.size']);
    await glia.drain();
    expect(recorded()).toEqual([]);
    await glia.close();
  });

  it('refuses a pizza that is not on the menu with MENU.UNKNOWN_PIZZA, and commits nothing', async () => {
    const { glia, recorded } = await pizzeria();
    const order = {
      customer: luigi,
      items: [
        { pizzaId: 'margherita', size: 'M' as const },
        { pizzaId: 'hawaii', size: 'M' as const },
      ],
    };
    await expect(glia.mediator.send(PlaceOrder, order)).rejects.toMatchObject({ code: 'MENU.UNKNOWN_PIZZA' });
    await glia.drain();
    expect(recorded()).toEqual([]);
    await glia.close();
  });

  it('refuses a second ConfirmOrder with ORDER.ALREADY_CONFIRMED and sends no second email', async () => {
    const { glia, mailer } = await pizzeria();
    const { orderId } = await glia.mediator.send(PlaceOrder, oneMargherita);
    await glia.mediator.send(ConfirmOrder, { orderId });
    const second = glia.mediator.send(ConfirmOrder, { orderId });
    await expect(second).rejects.toBeInstanceOf(InvalidOperationError);
    await expect(second).rejects.toMatchObject({ code: 'ORDER.ALREADY_CONFIRMED' });
    await glia.drain();
    expect(mailer.sent).toHaveLength(1);
    await glia.close();
  });

  it('answers GetOrder for an unknown id with AggregateNotFoundError', async () => {
    const { glia } = await pizzeria();
    await expect(glia.mediator.query(GetOrder, { orderId: 'nope' })).rejects.toBeInstanceOf(AggregateNotFoundError);
    await glia.close();
  });
});
