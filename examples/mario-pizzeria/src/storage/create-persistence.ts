import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { inMemoryPersistence, type Persistence } from '@glia/core';
import { pgDriver, pgliteDriver, postgresPersistence, type SqlDriver } from '@glia/postgres';
import { redactUrl } from '../logging/redact-url.js';
import { createMailer, type MailEnv } from '../notifications/create-mailer.js';
import { pizzeriaEvents } from '../pizzeria-events.js';
import { migrateReadModels } from './migrate-read-models.js';
import { inMemoryReadModels, type PizzeriaReadModels } from './pizzeria-read-models.js';
import { sqlReadModels } from './sql-read-models.js';

/** The schema Glia's tables and the pizzeria's read-model tables share. */
export const PIZZERIA_SCHEMA = 'glia';

/** The store the pizzeria runs on, its read models, and how to tell whether it answers. */
export type PizzeriaPersistence = {
  /** Passed to `createPizzeria`. */
  readonly persistence: Persistence;
  /** Passed to `createPizzeria` too: in the same database as the aggregates, or in memory with them. */
  readonly readModels: PizzeriaReadModels;
  /** Creates or upgrades the read models' tables; call it before `createPizzeria` starts delivering events. */
  readonly prepare: () => Promise<void>;
  /** For the start-up line, e.g. `PGlite in /…/.data/pglite`; never a password. */
  readonly description: string;
  /** Resolves when the store answers a query; rejects when it does not. */
  readonly ping: () => Promise<void>;
};

/** The environment variables that choose the store (and `SMTP_URL`, how the mailbox's mail also goes out). */
export type PersistenceEnv = MailEnv & {
  /** A PostgreSQL connection string: use that server. */
  readonly DATABASE_URL?: string | undefined;
  /** Where embedded PGlite keeps its files (`examples/mario-pizzeria/.data/pglite` by default). */
  readonly PIZZERIA_DATA_DIR?: string | undefined;
  /** `memory` runs without any database (nothing survives a restart). */
  readonly PIZZERIA_STORAGE?: string | undefined;
  /** The schema of Glia's and the read models' tables (`glia`); tests use a fresh one. */
  readonly PIZZERIA_DB_SCHEMA?: string | undefined;
};

/** The example's own data directory, next to its `package.json` (gitignored). */
export function defaultDataDir(): string {
  return fileURLToPath(new URL('../../.data/pglite', import.meta.url));
}

/**
 * Chooses the store from the environment: `DATABASE_URL` → PostgreSQL, `PIZZERIA_STORAGE=memory` →
 * in memory, otherwise embedded PGlite in a local directory, so orders and read models survive a restart.
 */
export function createPersistence(env: PersistenceEnv = process.env): PizzeriaPersistence {
  if (env.PIZZERIA_STORAGE === 'memory') {
    return {
      persistence: inMemoryPersistence(),
      readModels: withMailer(inMemoryReadModels(), env),
      prepare: async () => {},
      description: 'memory (nothing survives a restart)',
      ping: async () => {},
    };
  }
  if (env.DATABASE_URL !== undefined && env.DATABASE_URL !== '') {
    const description = `PostgreSQL at ${redactUrl(env.DATABASE_URL, 'DATABASE_URL')}`;
    return sql(pgDriver({ connectionString: env.DATABASE_URL }), description, env);
  }
  const dataDir = env.PIZZERIA_DATA_DIR ?? defaultDataDir();
  mkdirSync(dataDir, { recursive: true });
  return sql(pgliteDriver({ dataDir }), `PGlite in ${dataDir}`, env);
}

function sql(driver: SqlDriver, description: string, env: PersistenceEnv): PizzeriaPersistence {
  const schema = env.PIZZERIA_DB_SCHEMA ?? PIZZERIA_SCHEMA;
  return {
    // Every event class, so deliveries left pending for catch-all handlers restore after a restart.
    persistence: postgresPersistence({ driver, schema, events: pizzeriaEvents }),
    readModels: withMailer(sqlReadModels(driver, schema), env),
    prepare: async () => {
      await migrateReadModels(driver, schema);
    },
    description,
    ping: async () => {
      await driver.query('SELECT 1');
    },
  };
}

// Mail is kept in the mailbox whatever the store; SMTP, when configured, sends it out as well.
function withMailer(readModels: PizzeriaReadModels, env: MailEnv): PizzeriaReadModels {
  return { ...readModels, mailer: createMailer(readModels.mailbox, env) };
}
