import type { SqlDriver } from '../driver/sql-driver.js';
import { migrations as gliaMigrations, type Migration } from './migrations.js';
import { quoteSchema } from './schema-name.js';

/** What `migrate` did. */
export type MigrationResult = {
  /** Versions applied by this call, in order (empty when the schema was up to date). */
  readonly applied: readonly number[];
};

/**
 * Brings `schema` up to the latest migration in one transaction. A transaction-scoped advisory lock
 * keyed by the schema name makes concurrent starters wait for each other instead of colliding.
 */
export async function migrate(
  driver: SqlDriver,
  schema: string,
  migrations: readonly Migration[] = gliaMigrations,
): Promise<MigrationResult> {
  const quoted = quoteSchema(schema);
  return driver.transaction(async (client) => {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`glia.migrate:${schema}`]);
    await client.exec(`
      CREATE SCHEMA IF NOT EXISTS ${quoted};
      CREATE TABLE IF NOT EXISTS ${quoted}.glia_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      );`);
    const rows = await client.query<{ version: number }>(`SELECT version FROM ${quoted}.glia_migrations`);
    const done = new Set(rows.map((r) => Number(r.version)));
    const applied: number[] = [];
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(migration.version)) continue;
      await client.exec(migration.sql.replaceAll('{schema}', quoted));
      await client.query(`INSERT INTO ${quoted}.glia_migrations (version, name) VALUES ($1, $2)`, [
        migration.version,
        migration.name,
      ]);
      applied.push(migration.version);
    }
    return { applied };
  });
}
