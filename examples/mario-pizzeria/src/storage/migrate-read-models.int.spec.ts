import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ConfigurationError } from '@glia/core';
import { pgliteDriver, postgresPersistence, type SqlDriver } from '@glia/postgres';
import { migrateReadModels } from './migrate-read-models.js';
import { readModelMigrations } from './read-model-migrations.js';
import { PGLITE_TIMEOUT_MS } from './testing/read-model-database.js';

let driver: SqlDriver;
beforeAll(() => {
  driver = pgliteDriver();
}, PGLITE_TIMEOUT_MS);
afterAll(() => driver.close());

const tablesIn = async (schema: string) =>
  (
    await driver.query<{ table_name: string }>(
      'SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name',
      [schema],
    )
  ).map((r) => r.table_name);

describe('migrateReadModels', () => {
  it(
    "applies each migration once, beside Glia's own tables in the same schema",
    async () => {
      await postgresPersistence({ driver, schema: 'shop', ownsDriver: false }).migrate();
      const all = readModelMigrations.map((m) => m.version);
      expect(await migrateReadModels(driver, 'shop')).toEqual({ applied: all });
      expect(await migrateReadModels(driver, 'shop')).toEqual({ applied: [] });
      const tables = await tablesIn('shop');
      expect(tables).toEqual(expect.arrayContaining(['aggregates', 'glia_migrations', 'pizzeria_migrations']));
      expect(tables).toEqual(expect.arrayContaining(['pizzeria_order_summaries', 'pizzeria_sales', 'pizzeria_mails']));
    },
    PGLITE_TIMEOUT_MS,
  );

  it(
    'upgrades a schema migrated by an earlier release with the migrations added since',
    async () => {
      const [first] = readModelMigrations;
      if (first === undefined) throw new Error('no migrations');
      expect(await migrateReadModels(driver, 'older', [first])).toEqual({ applied: [first.version] });
      const later = readModelMigrations.filter((m) => m.version > first.version).map((m) => m.version);
      expect(await migrateReadModels(driver, 'older')).toEqual({ applied: later });
      expect(await tablesIn('older')).toEqual(expect.arrayContaining(['pizzeria_mails', 'pizzeria_notifications']));
    },
    PGLITE_TIMEOUT_MS,
  );

  it('refuses a schema name that is not a plain lower-case identifier', async () => {
    await expect(migrateReadModels(driver, 'Robert"; DROP')).rejects.toBeInstanceOf(ConfigurationError);
  });
});
