import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { context as otelContext } from '@opentelemetry/api';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { ApiContext } from './api-context.js';
import type { ApiRoute } from './api-route.js';
import { requireRole } from './auth/require-role.js';
import { DOCS_PAGE } from './docs-page.js';
import { toErrorResponse } from './error-response.js';
import { openApiDocument } from './openapi-document.js';
import { requestInput } from './request-input.js';
import { authRoutes } from './routes/auth.routes.js';
import { customerRoutes } from './routes/customers.routes.js';
import { deliveryRoutes } from './routes/delivery.routes.js';
import { eventRoutes } from './routes/events.routes.js';
import { metricsRoutes } from './metrics-route.js';
import { healthRoutes } from './routes/health.routes.js';
import { kitchenRoutes } from './routes/kitchen.routes.js';
import { managementRoutes } from './routes/management.routes.js';
import { menuRoutes } from './routes/menu.routes.js';
import { orderRoutes } from './routes/orders.routes.js';
import { serveStaticFiles } from './static-files.js';
import { defaultStaticRoots } from './static-roots.js';
import { traceRequests } from './tracing/trace-requests.js';

/** How the HTTP server is built. */
export type BuildServerOptions = {
  /** Where fastify logs its requests (a pino logger, see `createPizzeriaLog`); no request log when absent. */
  readonly log?: FastifyBaseLogger;
  /** Folders served as static files at `/`; `src/web/public` (and its `dist` copy) when absent. */
  readonly staticRoots?: readonly string[];
};

/** Every route of the API, in the order the docs list them. */
export function apiRoutes(ctx: ApiContext): ApiRoute[] {
  return [
    ...healthRoutes(ctx),
    ...metricsRoutes(ctx),
    ...authRoutes(ctx),
    ...menuRoutes(ctx),
    ...orderRoutes(ctx),
    ...customerRoutes(ctx),
    ...kitchenRoutes(ctx),
    ...deliveryRoutes(ctx),
    ...managementRoutes(ctx),
    ...eventRoutes(ctx),
  ];
}

/**
 * The pizzeria's HTTP server: the API under `/api` (commands and queries through the mediator), live
 * events, `/health` and `/ready`, the OpenAPI description at `/docs`, and the web pages as static files.
 * Every request has a server span; API handlers run in its context, so their commands join its trace.
 */
export async function buildServer(ctx: ApiContext, options: BuildServerOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    ...(options.log === undefined ? { logger: false } : { loggerInstance: options.log }),
    // The request id is the correlation id the routes send their commands with: one name on every line.
    logController: new LogController({ requestIdLogLabel: 'correlationId' }),
    genReqId: () => randomUUID(),
  });
  const tracing = traceRequests(app);
  app.setErrorHandler((error, request, reply) => {
    const { status, body } = toErrorResponse(error);
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    return reply.status(status).send(body);
  });
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({ code: 'HTTP.NOT_FOUND', message: `No route ${request.method} ${request.url}.` }),
  );
  // Open live streams would keep `close()` waiting for ever: end them first.
  app.addHook('preClose', async () => ctx.hub.closeAll());

  const routes = apiRoutes(ctx);
  for (const route of routes) {
    app.route({
      method: route.method,
      url: route.url,
      handler: (request, reply) =>
        otelContext.with(tracing.contextOf(request), async () => {
          const caller = route.roles === undefined ? undefined : requireRole(ctx.tokens, request, route.roles);
          const input = requestInput(request.body, request.params);
          const result = await route.handle({ request, reply, caller, input });
          if (route.stream === true) return reply;
          if (reply.statusCode === 200 && route.status !== undefined) void reply.status(route.status);
          return reply.statusCode === 204 ? reply.send() : reply.send(result);
        }),
    });
  }

  const document = openApiDocument(routes);
  app.get('/docs/openapi.json', async () => document);
  app.get('/docs', async (_request, reply) => reply.type('text/html; charset=utf-8').send(DOCS_PAGE));

  const roots = options.staticRoots ?? defaultStaticRoots();
  if (roots.length > 0) serveStaticFiles(app, roots);
  if (!roots.some((root) => existsSync(join(root, 'index.html')))) {
    // No pages yet: the API description is the best front page there is.
    app.get('/', async (_request, reply) => reply.redirect('/docs'));
  }
  return app;
}
