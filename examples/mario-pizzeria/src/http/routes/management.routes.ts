import type { Delivery, InputOf } from '@glia/core';
import { z } from 'zod';
import { RestockIngredient } from '../../inventory/commands/restock-ingredient.command.js';
import { GetInventory } from '../../inventory/queries/get-inventory.query.js';
import { ChangeKitchenCapacity } from '../../kitchen/commands/change-kitchen-capacity.command.js';
import { ListMails } from '../../notifications/queries/list-mails.query.js';
import { ListOrders } from '../../orders/queries/list-orders.query.js';
import { GetCustomerSales } from '../../sales/queries/get-customer-sales.query.js';
import { GetSalesToday } from '../../sales/queries/get-sales-today.query.js';
import { GetTopPizzas } from '../../sales/queries/get-top-pizzas.query.js';
import type { ApiContext } from '../api-context.js';
import type { ApiRoute } from '../api-route.js';
import type { StaffRole } from '../auth/staff-role.js';
import { toLiveEvent } from '../live/live-event.js';
import { parseInput } from '../parse-input.js';
import { queryInput } from '../request-input.js';

const tag = 'management';
const roles: readonly StaffRole[] = ['manager'];
const deadQuery = z.object({
  handler: z.string().trim().min(1).optional(),
  limit: z.number().int().positive().optional(),
});
const retryBody = z.object({ handler: z.string().trim().min(1).optional() });

/** The manager's endpoints: sales, orders, stock, kitchen capacity, dead deliveries and their retry, the mailbox. */
export function managementRoutes(ctx: ApiContext): ApiRoute[] {
  const { glia } = ctx;
  const { mediator } = glia;
  return [
    {
      method: 'GET',
      url: '/api/management/sales/today',
      summary: "Today's sales (GetSalesToday), or another day's with `?day=YYYY-MM-DD`.",
      tag,
      roles,
      query: GetSalesToday.schema,
      handle: ({ request }) =>
        mediator.query(GetSalesToday, queryInput(request.query, { day: 'string' }), { correlationId: request.id }),
    },
    {
      method: 'GET',
      url: '/api/management/sales/top-pizzas',
      summary: 'The best-selling pizzas (GetTopPizzas), `?limit=` and `?day=`.',
      tag,
      roles,
      query: GetTopPizzas.schema,
      handle: ({ request }) =>
        mediator.query(GetTopPizzas, queryInput(request.query, { limit: 'number', day: 'string' }), {
          correlationId: request.id,
        }),
    },
    {
      method: 'GET',
      url: '/api/management/customers/:customerId/sales',
      summary: 'What one customer bought overall (GetCustomerSales).',
      tag,
      roles,
      handle: ({ request, input }) =>
        mediator.query(GetCustomerSales, input as InputOf<typeof GetCustomerSales>, { correlationId: request.id }),
    },
    {
      method: 'GET',
      url: '/api/management/orders',
      summary: 'Every order, or those with `?status=ready,cooking` (ListOrders), oldest first.',
      tag,
      roles,
      query: ListOrders.schema,
      handle: ({ request }) =>
        mediator.query(ListOrders, queryInput(request.query, { status: 'list' }) as InputOf<typeof ListOrders>, {
          correlationId: request.id,
        }),
    },
    {
      method: 'GET',
      url: '/api/management/inventory',
      summary: 'Every ingredient with its stock; low ones flagged (GetInventory).',
      tag,
      roles,
      handle: ({ request }) => mediator.query(GetInventory, {}, { correlationId: request.id }),
    },
    {
      method: 'POST',
      url: '/api/management/inventory/:ingredientId/restock',
      summary: 'A delivery of one ingredient arrived (RestockIngredient).',
      tag,
      roles,
      body: RestockIngredient.schema,
      handle: async ({ request, input }) => {
        await mediator.send(RestockIngredient, input as InputOf<typeof RestockIngredient>, {
          correlationId: request.id,
        });
        return mediator.query(GetInventory, {}, { correlationId: request.id });
      },
    },
    {
      method: 'PUT',
      url: '/api/management/kitchen/capacity',
      summary: 'How many orders may cook at once (ChangeKitchenCapacity).',
      tag,
      roles,
      body: ChangeKitchenCapacity.schema,
      handle: async ({ request, input }) => {
        await mediator.send(ChangeKitchenCapacity, input as InputOf<typeof ChangeKitchenCapacity>, {
          correlationId: request.id,
        });
        return { capacity: input['capacity'] };
      },
    },
    {
      method: 'GET',
      url: '/api/management/deliveries/dead',
      summary: 'Deliveries that failed every retry (`?handler=`, `?limit=`), oldest first, with their last error.',
      tag,
      roles,
      query: deadQuery,
      handle: async ({ request }) => {
        const input = queryInput(request.query, { handler: 'string', limit: 'number' });
        const { handler, limit } = parseInput(deadQuery, input, 'query');
        const dead = await glia.deliveries.list({ status: 'dead', ...byHandler(handler), ...(limit ? { limit } : {}) });
        return dead.map(toDeliveryView);
      },
    },
    {
      method: 'POST',
      url: '/api/management/deliveries/retry',
      summary: "Hand dead deliveries (all, or one `handler`'s) to the dispatcher again; answers those revived.",
      tag,
      roles,
      body: retryBody,
      handle: async ({ input }) => {
        const { handler } = parseInput(retryBody, input, 'request body');
        const revived = await glia.retryDead(byHandler(handler));
        return { retried: revived.length, deliveries: revived.map(toDeliveryView) };
      },
    },
    {
      method: 'GET',
      url: '/api/mailbox',
      summary: 'The emails the pizzeria sent, newest first (ListMails), `?limit=` (50).',
      tag: 'mailbox',
      roles,
      query: ListMails.schema,
      handle: ({ request }) =>
        mediator.query(ListMails, queryInput(request.query, { limit: 'number' }), { correlationId: request.id }),
    },
  ];
}

function byHandler(handler: string | undefined): { handler?: string } {
  return handler === undefined ? {} : { handler };
}

/** A delivery record as plain JSON. */
function toDeliveryView(delivery: Delivery) {
  return {
    id: delivery.id,
    handler: delivery.handler,
    status: delivery.status,
    attempts: delivery.attempts,
    lastError: delivery.lastError ?? null,
    finishedAt: delivery.finishedAt?.toISOString() ?? null,
    event: toLiveEvent(delivery.event),
  };
}
