import { AssignDriver } from '../../delivery/commands/assign-driver.command.js';
import { MarkDelivered } from '../../delivery/commands/mark-delivered.command.js';
import { MarkOutForDelivery } from '../../delivery/commands/mark-out-for-delivery.command.js';
import { ListDrivers } from '../../delivery/queries/list-drivers.query.js';
import { GetOrder } from '../../orders/queries/get-order.query.js';
import { ListOrders } from '../../orders/queries/list-orders.query.js';
import type { ApiContext } from '../api-context.js';
import type { ApiRoute } from '../api-route.js';
import type { StaffRole } from '../auth/staff-role.js';
import { sendThenQuery } from '../send-then-query.js';

const tag = 'delivery';
const roles: readonly StaffRole[] = ['driver', 'manager'];

/** The drivers' endpoints: the board of ready orders, the drivers, assign, leave, deliver. */
export function deliveryRoutes(ctx: ApiContext): ApiRoute[] {
  const { mediator } = ctx.glia;
  return [
    {
      method: 'GET',
      url: '/api/delivery/orders',
      summary: 'The delivery board: orders ready, assigned or on the road (ListOrders), oldest first.',
      tag,
      roles,
      handle: ({ request }) =>
        mediator.query(
          ListOrders,
          { status: ['ready', 'assigned', 'out-for-delivery'] },
          { correlationId: request.id },
        ),
    },
    {
      method: 'GET',
      url: '/api/delivery/drivers',
      summary: 'The drivers and what each is doing (ListDrivers).',
      tag,
      roles,
      handle: ({ request }) => mediator.query(ListDrivers, {}, { correlationId: request.id }),
    },
    {
      method: 'POST',
      url: '/api/delivery/orders/:orderId/assign',
      summary: 'Give a ready order to a driver (AssignDriver): the one named, or the first available.',
      tag,
      roles,
      body: AssignDriver.schema,
      handle: sendThenQuery(mediator, AssignDriver, GetOrder),
    },
    {
      method: 'POST',
      url: '/api/delivery/orders/:orderId/out-for-delivery',
      summary: 'The assigned driver leaves with the order (MarkOutForDelivery).',
      tag,
      roles,
      handle: sendThenQuery(mediator, MarkOutForDelivery, GetOrder),
    },
    {
      method: 'POST',
      url: '/api/delivery/orders/:orderId/delivered',
      summary: 'The order was handed over (MarkDelivered); the driver is free again.',
      tag,
      roles,
      handle: sendThenQuery(mediator, MarkDelivered, GetOrder),
    },
  ];
}
