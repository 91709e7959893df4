import type { ApiContext } from '../api-context.js';
import type { ApiRoute } from '../api-route.js';

/** Liveness (the process answers) and readiness (the store answers and the seed is in). */
export function healthRoutes(ctx: ApiContext): ApiRoute[] {
  return [
    {
      method: 'GET',
      url: '/health',
      summary: 'The process is up.',
      tag: 'health',
      handle: async () => ({ status: 'ok' }),
    },
    {
      method: 'GET',
      url: '/ready',
      summary: 'The store is reachable and the seed data is in (503 until then).',
      tag: 'health',
      handle: async ({ reply }) => {
        const ready = await ctx.readiness().catch(() => false);
        void reply.status(ready ? 200 : 503);
        return { status: ready ? 'ready' : 'not-ready' };
      },
    },
  ];
}
