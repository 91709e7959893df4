// Test support for the SQL read models' specs: one embedded database per spec file.
import { pgliteDriver, type SqlDriver } from '@glia/postgres';
import { migrateReadModels } from '../migrate-read-models.js';

/** An in-memory PGlite with the read-model tables migrated into a schema of their own. */
export type ReadModelDatabase = { readonly driver: SqlDriver; readonly schema: string };

/** PGlite (PostgreSQL in WASM) can take seconds to open on a busy machine. */
export const PGLITE_TIMEOUT_MS = 60_000;

/** Opens a fresh in-memory database and migrates `schema` (not Glia's default, to prove it is honoured). */
export async function openReadModelDatabase(schema = 'pizzeria_test'): Promise<ReadModelDatabase> {
  const driver = pgliteDriver();
  await migrateReadModels(driver, schema);
  return { driver, schema };
}
