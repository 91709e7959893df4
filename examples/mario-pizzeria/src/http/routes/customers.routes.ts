import type { InputOf } from '@glia/core';
import { z } from 'zod';
import { ChangeCustomerContact } from '../../customers/commands/change-customer-contact.command.js';
import { RegisterCustomer } from '../../customers/commands/register-customer.command.js';
import { GetCustomer } from '../../customers/queries/get-customer.query.js';
import { DismissNotification } from '../../notifications/commands/dismiss-notification.command.js';
import { MarkNotificationRead } from '../../notifications/commands/mark-notification-read.command.js';
import { ListNotifications } from '../../notifications/queries/list-notifications.query.js';
import type { ApiContext } from '../api-context.js';
import type { ApiRoute } from '../api-route.js';
import { queryInput } from '../request-input.js';
import { sendThenQuery } from '../send-then-query.js';

/** Customers (register, read, change contact details) and their notifications (list, read, dismiss). */
export function customerRoutes(ctx: ApiContext): ApiRoute[] {
  const { mediator } = ctx.glia;
  return [
    {
      method: 'POST',
      url: '/api/customers',
      summary: 'Register a customer (RegisterCustomer): a name and an email or a phone number.',
      tag: 'customers',
      body: RegisterCustomer.schema,
      status: 201,
      handle: ({ request, input }) =>
        mediator.send(RegisterCustomer, input as InputOf<typeof RegisterCustomer>, { correlationId: request.id }),
    },
    {
      method: 'GET',
      url: '/api/customers/:customerId',
      summary: 'Read a customer (GetCustomer), with their active orders.',
      tag: 'customers',
      handle: ({ request, input }) =>
        mediator.query(GetCustomer, input as InputOf<typeof GetCustomer>, { correlationId: request.id }),
    },
    {
      method: 'PATCH',
      url: '/api/customers/:customerId',
      summary: 'Change name, email or phone (ChangeCustomerContact); null removes an email or phone.',
      tag: 'customers',
      body: ChangeCustomerContact.schema,
      handle: sendThenQuery(mediator, ChangeCustomerContact, GetCustomer),
    },
    {
      method: 'GET',
      url: '/api/customers/:customerId/notifications',
      summary: "A customer's notifications, newest first (ListNotifications); `?includeDismissed=true` for all.",
      tag: 'notifications',
      query: z.object({ includeDismissed: z.boolean().optional() }),
      handle: ({ request, input }) =>
        mediator.query(
          ListNotifications,
          { ...queryInput(request.query, { includeDismissed: 'boolean' }), customerId: input['customerId'] } as InputOf<
            typeof ListNotifications
          >,
          { correlationId: request.id },
        ),
    },
    {
      method: 'POST',
      url: '/api/notifications/:notificationId/read',
      summary: 'Mark a notification read (MarkNotificationRead).',
      tag: 'notifications',
      status: 204,
      handle: async ({ request, input }) => {
        await mediator.send(MarkNotificationRead, input as InputOf<typeof MarkNotificationRead>, {
          correlationId: request.id,
        });
      },
    },
    {
      method: 'POST',
      url: '/api/notifications/:notificationId/dismiss',
      summary: 'Dismiss a notification (DismissNotification); it is hidden from then on.',
      tag: 'notifications',
      status: 204,
      handle: async ({ request, input }) => {
        await mediator.send(DismissNotification, input as InputOf<typeof DismissNotification>, {
          correlationId: request.id,
        });
      },
    },
  ];
}
