import type { MigrationResult, Migration, SqlDriver } from '@glia/postgres';
import { readModelMigrations } from './read-model-migrations.js';
import { quoteSchemaName } from './sql-schema-name.js';

/**
 * Brings the pizzeria's read-model tables in `schema` up to date, in one transaction, each migration
 * once. An advisory lock keyed by the schema makes processes that start together wait for each other.
 */
export async function migrateReadModels(
  driver: SqlDriver,
  schema: string,
  migrations: readonly Migration[] = readModelMigrations,
): Promise<MigrationResult> {
  const quoted = quoteSchemaName(schema);
  return driver.transaction(async (client) => {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`pizzeria.migrate:${schema}`]);
    await client.exec(`
      CREATE SCHEMA IF NOT EXISTS ${quoted};
      CREATE TABLE IF NOT EXISTS ${quoted}.pizzeria_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      );`);
    const rows = await client.query<{ version: number }>(`SELECT version FROM ${quoted}.pizzeria_migrations`);
    const done = new Set(rows.map((r) => Number(r.version)));
    const applied: number[] = [];
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(migration.version)) continue;
      await client.exec(migration.sql.replaceAll('{schema}', quoted));
      await client.query(`INSERT INTO ${quoted}.pizzeria_migrations (version, name) VALUES ($1, $2)`, [
        migration.version,
        migration.name,
      ]);
      applied.push(migration.version);
    }
    return { applied };
  });
}
