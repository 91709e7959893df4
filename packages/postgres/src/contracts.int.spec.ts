import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { persistenceContract, type ContractFactory } from '@glia/testing';
import { PgDriver } from './driver/pg-driver.js';
import { PgliteDriver } from './driver/pglite-driver.js';
import type { SqlDriver } from './driver/sql-driver.js';
import { PostgresPersistence } from './postgres-persistence.js';
import { databaseUrl, serverAvailable } from '../test/support/test-database.js';

// One PGlite instance for this file; every test gets a fresh schema, dropped by its cleanup.
const pglite = new PGlite();
const drivers: Record<'pglite' | 'pg', SqlDriver | undefined> = {
  pglite: new PgliteDriver({ instance: pglite }),
  pg: (await serverAvailable()) ? new PgDriver({ connectionString: databaseUrl }) : undefined,
};

// PGlite compiles its WebAssembly on first use (seconds on a loaded machine): not inside a test's 5 s hook.
beforeAll(() => pglite.waitReady, 60_000);

afterAll(async () => {
  await drivers.pg?.close();
  await pglite.close();
});

function factory(driver: SqlDriver): ContractFactory {
  return async (fixture) => {
    const schema = `glia_test_${randomBytes(6).toString('hex')}`;
    const persistence = new PostgresPersistence({
      driver,
      schema,
      ownsDriver: false,
      events: fixture.events,
      worker: { pollIntervalMs: 100 },
    });
    return {
      persistence,
      cleanup: () => driver.exec(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`),
    };
  };
}

persistenceContract('PostgresPersistence [pglite]', factory(drivers.pglite as SqlDriver));
if (drivers.pg !== undefined) {
  persistenceContract('PostgresPersistence [pg]', factory(drivers.pg));
} else {
  describe('PostgresPersistence [pg]', () => {
    it('is not run: the PostgreSQL server is unreachable (see the warning above)', () => undefined);
  });
}
