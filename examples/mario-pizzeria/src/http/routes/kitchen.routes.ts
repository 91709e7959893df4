import { GetKitchen } from '../../kitchen/queries/get-kitchen.query.js';
import { MarkReady } from '../../orders/commands/mark-ready.command.js';
import { StartCooking } from '../../orders/commands/start-cooking.command.js';
import { GetOrder } from '../../orders/queries/get-order.query.js';
import { ListOrders } from '../../orders/queries/list-orders.query.js';
import type { ApiContext } from '../api-context.js';
import type { ApiRoute } from '../api-route.js';
import type { StaffRole } from '../auth/staff-role.js';
import { sendThenQuery } from '../send-then-query.js';

const tag = 'kitchen';
const roles: readonly StaffRole[] = ['chef', 'manager'];

/** The cooks' endpoints: the queue, the ovens, start cooking, mark ready. */
export function kitchenRoutes(ctx: ApiContext): ApiRoute[] {
  const { mediator } = ctx.glia;
  return [
    {
      method: 'GET',
      url: '/api/kitchen/queue',
      summary: 'Orders waiting for or in the oven (ListOrders confirmed, cooking), oldest first.',
      tag,
      roles,
      handle: ({ request }) =>
        mediator.query(ListOrders, { status: ['confirmed', 'cooking'] }, { correlationId: request.id }),
    },
    {
      method: 'GET',
      url: '/api/kitchen',
      summary: 'The kitchen (GetKitchen): capacity, free slots, what is cooking.',
      tag,
      roles,
      handle: ({ request }) => mediator.query(GetKitchen, {}, { correlationId: request.id }),
    },
    {
      method: 'POST',
      url: '/api/kitchen/orders/:orderId/start',
      summary: 'Start cooking a confirmed order (StartCooking); 409 when the kitchen is full or a cook was faster.',
      tag,
      roles,
      handle: sendThenQuery(mediator, StartCooking, GetOrder),
    },
    {
      method: 'POST',
      url: '/api/kitchen/orders/:orderId/ready',
      summary: 'Take a cooking order out of the oven (MarkReady).',
      tag,
      roles,
      handle: sendThenQuery(mediator, MarkReady, GetOrder),
    },
  ];
}
