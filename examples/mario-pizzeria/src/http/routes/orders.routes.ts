import type { InputOf } from '@glia/core';
import { z } from 'zod';
import { ListOrderMails } from '../../notifications/queries/list-order-mails.query.js';
import { AddPizza } from '../../orders/commands/add-pizza.command.js';
import { CancelOrder } from '../../orders/commands/cancel-order.command.js';
import { ConfirmOrder } from '../../orders/commands/confirm-order.command.js';
import { PlaceOrder } from '../../orders/commands/place-order.command.js';
import { RemovePizza } from '../../orders/commands/remove-pizza.command.js';
import { GetOrder } from '../../orders/queries/get-order.query.js';
import type { ApiContext } from '../api-context.js';
import type { ApiRoute } from '../api-route.js';
import { openEventStream } from '../live/open-event-stream.js';
import { sendThenQuery } from '../send-then-query.js';
import { sendWithRetry } from '../send-with-retry.js';

const tag = 'orders';

/** The customer's endpoints: place an order, change it while pending, confirm or cancel it, follow it live. */
export function orderRoutes(ctx: ApiContext): ApiRoute[] {
  const { mediator } = ctx.glia;
  const order = (orderId: string, correlationId: string) => mediator.query(GetOrder, { orderId }, { correlationId });
  return [
    {
      method: 'POST',
      url: '/api/orders',
      summary: 'Place an order (PlaceOrder): pizzas, and either a customerId or contact details.',
      tag,
      body: PlaceOrder.schema,
      status: 201,
      handle: async ({ request, reply, input }) => {
        // Two first orders with one new email race for its claim: the loser is sent again and finds the winner.
        const placed = await sendWithRetry(mediator, PlaceOrder, input as InputOf<typeof PlaceOrder>, {
          correlationId: request.id,
        });
        void reply.header('location', `/api/orders/${placed.orderId}`);
        return placed;
      },
    },
    {
      method: 'GET',
      url: '/api/orders/:orderId',
      summary: 'Read one order (GetOrder), straight from the aggregate.',
      tag,
      handle: ({ request, input }) =>
        mediator.query(GetOrder, input as InputOf<typeof GetOrder>, { correlationId: request.id }),
    },
    {
      method: 'POST',
      url: '/api/orders/:orderId/items',
      summary: 'Add a pizza to a pending order (AddPizza); answers the priced line.',
      tag,
      body: AddPizza.schema,
      status: 201,
      handle: ({ request, input }) =>
        mediator.send(AddPizza, input as InputOf<typeof AddPizza>, { correlationId: request.id }),
    },
    {
      method: 'DELETE',
      url: '/api/orders/:orderId/items/:lineId',
      summary: 'Remove a line from a pending order (RemovePizza); answers the order.',
      tag,
      handle: sendThenQuery(mediator, RemovePizza, GetOrder),
    },
    {
      method: 'POST',
      url: '/api/orders/:orderId/confirm',
      summary: 'Confirm a pending order (ConfirmOrder): stock is taken and it goes to the kitchen.',
      tag,
      handle: sendThenQuery(mediator, ConfirmOrder, GetOrder),
    },
    {
      method: 'POST',
      url: '/api/orders/:orderId/cancel',
      summary: 'Cancel an order before cooking starts (CancelOrder); an optional reason.',
      tag,
      body: CancelOrder.schema,
      handle: sendThenQuery(mediator, CancelOrder, GetOrder),
    },
    {
      method: 'GET',
      url: '/api/orders/:orderId/mails',
      summary: 'The emails sent about this order, e.g. its confirmation (ListOrderMails); 404 for an unknown order.',
      tag,
      handle: async ({ request, input }) => {
        const { orderId } = input as InputOf<typeof ListOrderMails>;
        await order(orderId, request.id);
        return mediator.query(ListOrderMails, { orderId }, { correlationId: request.id });
      },
    },
    {
      method: 'GET',
      url: '/api/orders/:orderId/stream',
      summary: "Server-sent events: this order's committed events, live (after a 404 check).",
      tag,
      stream: true,
      handle: async ({ request, reply, input }) => {
        const orderId = z.string().parse(input['orderId']);
        await order(orderId, request.id);
        openEventStream(request, reply, {
          hub: ctx.hub,
          heartbeatMs: ctx.heartbeatMs,
          accepts: (event) => event.aggregateId === orderId,
        });
        return undefined;
      },
    },
  ];
}
