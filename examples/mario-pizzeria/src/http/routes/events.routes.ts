import type { ApiContext } from '../api-context.js';
import type { ApiRoute } from '../api-route.js';
import { STAFF_ROLES } from '../auth/staff-role.js';
import { openEventStream } from '../live/open-event-stream.js';

/** The staff's live feed: every committed domain event, as server-sent events. */
export function eventRoutes(ctx: ApiContext): ApiRoute[] {
  return [
    {
      method: 'GET',
      url: '/api/events/stream',
      summary: 'Server-sent events: every committed domain event (staff; `?token=` works where headers cannot be set).',
      tag: 'live',
      roles: STAFF_ROLES,
      stream: true,
      handle: async ({ request, reply }) => {
        openEventStream(request, reply, { hub: ctx.hub, heartbeatMs: ctx.heartbeatMs, accepts: () => true });
        return undefined;
      },
    },
  ];
}
