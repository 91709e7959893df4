import type { EventHandlerClass, Glia, Logger, RetryPolicy } from '@glia/core';
import type { FastifyInstance } from 'fastify';
import { Container } from 'inversify';
import type { Logger as PinoLogger } from 'pino';
import { createPizzeria } from './app.js';
import { StaffTokens } from './http/auth/staff-token.js';
import { buildServer } from './http/build-server.js';
import { EventHub } from './http/live/event-hub.js';
import { LiveEventsHandler } from './http/live/live-events.handler.js';
import { createIntegration, type IntegrationEnv } from './integration/create-integration.js';
import { createPizzeriaLog } from './logging/create-pizzeria-log.js';
import { pinoLogger } from './logging/pino-logger.js';
import { pizzeriaSeed, seedPizzeria } from './seed.js';
import { createPersistence, type PersistenceEnv } from './storage/create-persistence.js';

/** How the application is put together; every field has a default read from the environment. */
export type PizzeriaAppOptions = {
  /** Chooses the store and the token secret (`process.env` when absent). */
  readonly env?: PersistenceEnv & IntegrationEnv & { readonly PIZZERIA_SECRET?: string | undefined };
  /** The pino logger Glia and fastify both write to (`createPizzeriaLog()`: `LOG_LEVEL`, silent under jest). */
  readonly log?: PinoLogger;
  /** Where Glia logs, if not to `log` (tests pass `silentLogger`). */
  readonly logger?: Logger;
  /** How often live streams send a heartbeat (15 s when absent). */
  readonly heartbeatMs?: number;
  /** How many orders may cook at once when the kitchen first opens. */
  readonly kitchenCapacity?: number;
  /** Folders served as the web pages. */
  readonly staticRoots?: readonly string[];
  /** A container of your own, with extra bindings (tests). */
  readonly container?: Container;
  /** Event handlers to run besides the pizzeria's and the live feed's (tests, probes). */
  readonly eventHandlers?: readonly EventHandlerClass[];
  /** How failing deliveries are retried. */
  readonly retry?: Partial<RetryPolicy>;
};

/** The application, built but not listening: tests `inject` requests into `app`. */
export type PizzeriaApp = {
  readonly app: FastifyInstance;
  readonly glia: Glia;
  readonly hub: EventHub;
  readonly tokens: StaffTokens;
  /** Which store it runs on, for the start-up line. */
  readonly storage: string;
  /** Where integration events go (RabbitMQ or in-process), for the start-up line. */
  readonly integration: string;
  /** Stops accepting requests, ends live streams, drains the handlers and closes the store. */
  close(): Promise<void>;
};

/** Builds the pizzeria on its store, seeds it (idempotently) and builds the HTTP server around it. */
export async function createPizzeriaApp(options: PizzeriaAppOptions = {}): Promise<PizzeriaApp> {
  const env = options.env ?? process.env;
  const store = createPersistence(env);
  try {
    await store.prepare();
  } catch (error) {
    await store.persistence.close?.();
    throw error;
  }
  const hub = new EventHub();
  const container = options.container ?? new Container();
  container.bind(EventHub).toConstantValue(hub);
  const seed = pizzeriaSeed();
  const log = options.log ?? createPizzeriaLog();
  const logger = options.logger ?? pinoLogger(log);
  const integration = createIntegration(env, logger);
  const glia = await createPizzeria({
    container,
    persistence: store.persistence,
    integration: integration.options,
    ...store.readModels,
    menu: seed.menu,
    recipes: seed.recipes,
    eventHandlers: [LiveEventsHandler, ...(options.eventHandlers ?? [])],
    ...(options.retry === undefined ? {} : { retry: options.retry }),
    logger,
    ...(options.kitchenCapacity === undefined ? {} : { kitchenCapacity: options.kitchenCapacity }),
  });
  let seeded = false;
  const tokens = new StaffTokens(env.PIZZERIA_SECRET);
  const app = await buildServer(
    {
      glia,
      menu: seed.menu,
      tokens,
      hub,
      heartbeatMs: options.heartbeatMs ?? 15_000,
      readiness: async () => {
        await store.ping();
        return seeded;
      },
    },
    {
      log,
      ...(options.staticRoots === undefined ? {} : { staticRoots: options.staticRoots }),
    },
  );
  await seedPizzeria(glia, seed);
  seeded = true;
  return {
    app,
    glia,
    hub,
    tokens,
    storage: store.description,
    integration: integration.description,
    close: async () => {
      await app.close();
      await glia.close();
    },
  };
}

/** A pizzeria listening on a port. */
export type PizzeriaServer = PizzeriaApp & {
  /** Where it listens, e.g. `http://localhost:3000`. */
  readonly url: string;
};

/** Builds the application and listens on `port` (0 picks a free one) on `host`. */
export async function startServer(
  port: number,
  host = '0.0.0.0',
  options: PizzeriaAppOptions = {},
): Promise<PizzeriaServer> {
  const pizzeria = await createPizzeriaApp(options);
  try {
    await pizzeria.app.listen({ port, host });
  } catch (error) {
    await pizzeria.close();
    throw error;
  }
  const address = pizzeria.app.server.address();
  const actualPort = typeof address === 'object' && address !== null ? address.port : port;
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  return { ...pizzeria, url: `http://${shownHost}:${actualPort}` };
}
