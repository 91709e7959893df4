import { ConfigurationError } from '@glia/core';
import type { SqlDriver } from '../driver/sql-driver.js';
import { migrations as gliaMigrations, type Migration } from './migrations.js';
import { pendingMigrations } from './pending-migrations.js';
import { quoteSchema, quoteTable } from './schema-name.js';

/** What `migrate` did. */
export type MigrationResult = {
  /** Versions applied by this call, in order (empty when the schema was up to date). */
  readonly applied: readonly number[];
};

/** Which migrations `migrate` applies, where, and where it records them. */
export type MigrateOptions = {
  /** The schema the migrations' `{schema}` stands for; created if missing. */
  readonly schema: string;
  /** The list to apply (Glia's own by default); required with a `table` of your own. */
  readonly migrations?: readonly Migration[];
  /**
   * The table in `schema` that records which versions ran (`glia_migrations`). An application
   * gives its own (`pizzeria_migrations`) so its list is numbered apart from Glia's.
   */
  readonly table?: string;
};

const GLIA_TABLE = 'glia_migrations';

/**
 * Brings `schema` up to the latest migration in one transaction, each migration once, refusing a
 * list that is not append-only. A transaction-scoped advisory lock keyed by the schema makes
 * concurrent starters wait for each other instead of colliding.
 */
export async function migrate(
  driver: SqlDriver,
  target: string | MigrateOptions,
  migrations?: readonly Migration[],
): Promise<MigrationResult> {
  const options: MigrateOptions = typeof target === 'string' ? { schema: target } : target;
  const { schema } = options;
  const table = options.table ?? GLIA_TABLE;
  const list = migrations ?? options.migrations;
  if (list === undefined && table !== GLIA_TABLE) {
    throw new ConfigurationError(
      'GLIA.MIGRATIONS_REQUIRED',
      `migrate() was given the table '${table}' but no migrations: pass your own list with it.`,
    );
  }
  const quoted = quoteSchema(schema);
  const versions = `${quoted}.${quoteTable(table)}`;
  return driver.transaction(async (client) => {
    // One key per schema, whatever the table: two lists migrating one schema at once would race on
    // CREATE SCHEMA, and processes of older releases take this same key.
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`glia.migrate:${schema}`]);
    await client.exec(`
      CREATE SCHEMA IF NOT EXISTS ${quoted};
      CREATE TABLE IF NOT EXISTS ${versions} (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      );`);
    const rows = await client.query<{ version: number }>(`SELECT version FROM ${versions}`);
    const done = new Set(rows.map((r) => Number(r.version)));
    const applied: number[] = [];
    for (const migration of pendingMigrations(list ?? gliaMigrations, done, table)) {
      await client.exec(migration.sql.replaceAll('{schema}', quoted));
      await client.query(`INSERT INTO ${versions} (version, name) VALUES ($1, $2)`, [
        migration.version,
        migration.name,
      ]);
      applied.push(migration.version);
    }
    return { applied };
  });
}
