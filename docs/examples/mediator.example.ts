// Code quoted in docs/mediator.md; compiled by `pnpm typecheck`.
import { strict as assert } from 'node:assert';
import { inject, injectable } from 'inversify';
import { z } from 'zod';
import {
  HandlesCommand,
  HandlesQuery,
  InjectRepository,
  Tokens,
  ValidationError,
  createGlia,
  defineCommand,
  defineQuery,
  describeError,
  type CommandHandler,
  type Glia,
  type InputOf,
  type Logger,
  type Mediator,
  type MessageContext,
  type PayloadOf,
  type PipelineBehavior,
  type QueryHandler,
  type Repository,
} from '@glia/core';
import { Order } from './domain/order.aggregate.js';

// #region define
/** Places an order with its first lines. */
export const PlaceOrder = defineCommand(
  'shop.PlaceOrder',
  z.object({
    orderId: z.string().min(1),
    customerId: z.string().min(1),
    items: z
      .array(
        z.object({
          sku: z.string().min(1),
          quantity: z.number().int().positive(),
          unitPriceCents: z.number().int().nonnegative(),
        }),
      )
      .min(1),
  }),
).returns<{ orderId: string; version: number }>();

/** Confirms an open order. Returns nothing. */
export const ConfirmOrder = defineCommand('shop.ConfirmOrder', z.object({ orderId: z.string().min(1) }));

/** What a client sees of an order. */
export type OrderView = { readonly id: string; readonly totalCents: number; readonly confirmed: boolean };

/** Reads one order; `undefined` when there is none. */
export const GetOrder = defineQuery('shop.GetOrder', z.object({ orderId: z.string().min(1) })).returns<
  OrderView | undefined
>();
// #endregion define

// #region command-handler
/** Handles PlaceOrder: creates the aggregate and hands it to the repository. It does not commit. */
@HandlesCommand(PlaceOrder)
export class PlaceOrderHandler implements CommandHandler<typeof PlaceOrder> {
  constructor(@InjectRepository(Order) private readonly orders: Repository<Order>) {}

  async execute({ orderId, customerId, items }: PayloadOf<typeof PlaceOrder>) {
    const order = Order.place(orderId, customerId);
    for (const item of items) order.addItem(item.sku, item.quantity, item.unitPriceCents);
    this.orders.add(order);
    return { orderId, version: order.pendingVersion };
  }
}

/** Handles ConfirmOrder: loads, calls one method. */
@HandlesCommand(ConfirmOrder)
export class ConfirmOrderHandler implements CommandHandler<typeof ConfirmOrder> {
  constructor(@InjectRepository(Order) private readonly orders: Repository<Order>) {}

  async execute({ orderId }: PayloadOf<typeof ConfirmOrder>): Promise<void> {
    const order = await this.orders.get(orderId); // AggregateNotFoundError if there is none
    order.confirm(); // InvalidOperationError if it is empty or confirmed already
  }
}
// #endregion command-handler

// #region query-handler
/** Handles GetOrder: reads, never writes (nothing a query does is committed). */
@HandlesQuery(GetOrder)
export class GetOrderHandler implements QueryHandler<typeof GetOrder> {
  constructor(@InjectRepository(Order) private readonly orders: Repository<Order>) {}

  async execute({ orderId }: PayloadOf<typeof GetOrder>): Promise<OrderView | undefined> {
    const order = await this.orders.find(orderId);
    return order && { id: order.id, totalCents: order.totalCents, confirmed: order.isConfirmed };
  }
}
// #endregion query-handler

// #region behavior
/** Logs every command and query with its ids, outcome and duration. */
@injectable()
export class LoggingBehavior implements PipelineBehavior {
  constructor(@inject(Tokens.Logger) private readonly logger: Logger) {}

  async handle(message: MessageContext, next: () => Promise<unknown>): Promise<unknown> {
    const started = performance.now();
    const fields = { type: message.type, messageId: message.messageId, correlationId: message.correlationId };
    try {
      const result = await next(); // the handler and, for a command, the commit
      this.logger.info(`${message.kind} handled`, { ...fields, ms: performance.now() - started });
      return result;
    } catch (error) {
      this.logger.warn(`${message.kind} failed`, { ...fields, error: describeError(error) });
      throw error;
    }
  }
}
// #endregion behavior

// #region wiring
/** Lists every handler and behaviour; nothing is discovered by scanning. */
export function startShop(): Promise<Glia> {
  return createGlia({
    aggregates: [Order],
    commandHandlers: [PlaceOrderHandler, ConfirmOrderHandler],
    queryHandlers: [GetOrderHandler],
    behaviors: [LoggingBehavior],
  });
}
// #endregion wiring

// #region send
/** Sends two commands and a query; each command commits once, when its handler returns. */
export async function placeAndConfirm(mediator: Mediator): Promise<void> {
  const placed = await mediator.send(PlaceOrder, {
    orderId: 'order-1',
    customerId: 'customer-7',
    items: [{ sku: 'margherita', quantity: 2, unitPriceCents: 850 }],
  });
  assert.deepEqual(placed, { orderId: 'order-1', version: 2 }); // typed: { orderId: string; version: number }

  await mediator.send(ConfirmOrder, { orderId: 'order-1' });

  const view = await mediator.query(GetOrder, { orderId: 'order-1' }); // typed: OrderView | undefined
  assert.deepEqual(view, { id: 'order-1', totalCents: 1700, confirmed: true });
}
// #endregion send

// #region validation
/** Bad input never reaches the handler: the error names each field. */
export async function sendBadInput(mediator: Mediator): Promise<void> {
  try {
    await mediator.send(PlaceOrder, { orderId: '', customerId: 'customer-7', items: [] });
    assert.fail('expected a ValidationError');
  } catch (error) {
    assert.ok(ValidationError.is(error));
    assert.equal(error.code, 'GLIA.VALIDATION');
    assert.deepEqual(
      error.issues.map((issue) => issue.path),
      ['orderId', 'items'],
    );
  }
}
// #endregion validation

// #region http
/** An HTTP endpoint: the body is untrusted, the correlation id comes from the caller when it has one. */
export async function postOrder(
  mediator: Mediator,
  body: unknown,
  headers: Readonly<Record<string, string | undefined>>,
): Promise<{ status: number; body: unknown }> {
  const correlationId = headers['x-correlation-id'];
  try {
    const result = await mediator.send(PlaceOrder, body as InputOf<typeof PlaceOrder>, {
      ...(correlationId !== undefined && { correlationId }),
    });
    return { status: 201, body: result };
  } catch (error) {
    if (ValidationError.is(error)) return { status: 400, body: error.toJSON() };
    throw error;
  }
}
// #endregion http
