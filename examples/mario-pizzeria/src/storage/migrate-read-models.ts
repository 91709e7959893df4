import { migrate, type Migration, type MigrationResult, type SqlDriver } from '@glia/postgres';
import { readModelMigrations } from './read-model-migrations.js';

/**
 * Brings the pizzeria's read-model tables in `schema` up to date through Glia's migrator, numbered
 * apart from Glia's own list in `pizzeria_migrations`: one transaction, each migration once, and the
 * same per-schema advisory lock, so processes that start together wait for each other.
 */
export function migrateReadModels(
  driver: SqlDriver,
  schema: string,
  migrations: readonly Migration[] = readModelMigrations,
): Promise<MigrationResult> {
  return migrate(driver, { schema, migrations, table: 'pizzeria_migrations' });
}
