import { expect } from '@jest/globals';
import { ConfigurationError } from '@glia/core';
import { migrate } from './migrator.js';
import { migrations, type Migration } from './migrations.js';
import { quoteSchema } from './schema-name.js';
import { describeDrivers } from '../../test/support/test-database.js';

describeDrivers('migrate', (db, test) => {
  test('applies every migration once and is idempotent afterwards', async () => {
    const schema = `${db.schema}_m`;
    try {
      const first = await migrate(db.driver, schema);
      expect(first.applied).toEqual(migrations.map((m) => m.version));
      expect((await migrate(db.driver, schema)).applied).toEqual([]);
      const rows = await db.driver.query(`SELECT version FROM "${schema}".glia_migrations`);
      expect(rows).toHaveLength(migrations.length);
    } finally {
      await db.driver.exec(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    }
  });

  test('lets concurrent starters migrate one schema without colliding', async () => {
    const schema = `${db.schema}_c`;
    try {
      const results = await Promise.all([1, 2, 3, 4].map(() => migrate(db.driver, schema)));
      expect(results.map((r) => r.applied.length).sort()).toEqual([0, 0, 0, migrations.length]);
    } finally {
      await db.driver.exec(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    }
  });

  test("runs an application's own migrations under its own table, numbered apart from Glia's", async () => {
    const schema = `${db.schema}_a`;
    const own: Migration[] = [
      { version: 1, name: 'notes', sql: 'CREATE TABLE {schema}.app_notes (id text PRIMARY KEY)' },
      { version: 2, name: 'note text', sql: 'ALTER TABLE {schema}.app_notes ADD COLUMN body text' },
    ];
    try {
      await migrate(db.driver, schema);
      const first = await migrate(db.driver, { schema, migrations: own.slice(0, 1), table: 'app_migrations' });
      expect(first.applied).toEqual([1]);
      const second = await migrate(db.driver, { schema, migrations: own, table: 'app_migrations' });
      expect(second.applied).toEqual([2]);
      expect((await migrate(db.driver, { schema, migrations: own, table: 'app_migrations' })).applied).toEqual([]);
      await db.driver.query(`INSERT INTO "${schema}".app_notes (id, body) VALUES ('n', 'hello')`);
      const glia = await db.driver.query(`SELECT version FROM "${schema}".glia_migrations`);
      expect(glia).toHaveLength(migrations.length);
      const app = await db.driver.query(`SELECT version, name FROM "${schema}".app_migrations ORDER BY version`);
      expect(app).toEqual([
        { version: 1, name: 'notes' },
        { version: 2, name: 'note text' },
      ]);
    } finally {
      await db.driver.exec(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    }
  });

  test("lets concurrent starters migrate Glia's list and an application's into one new schema", async () => {
    const schema = `${db.schema}_ac`;
    const own: Migration[] = [{ version: 1, name: 'notes', sql: 'CREATE TABLE {schema}.app_notes (id text)' }];
    try {
      const results = await Promise.all(
        [1, 2, 3].flatMap(() => [
          migrate(db.driver, schema),
          migrate(db.driver, { schema, migrations: own, table: 'app_migrations' }),
        ]),
      );
      expect(results.map((r) => r.applied.length).sort()).toEqual([0, 0, 0, 0, 1, migrations.length]);
    } finally {
      await db.driver.exec(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    }
  });

  test('refuses a new migration numbered below one already applied, applying nothing', async () => {
    const schema = `${db.schema}_o`;
    const one = { version: 1, name: 'one', sql: 'CREATE TABLE {schema}.app_one (id text)' };
    const three = { version: 3, name: 'three', sql: 'CREATE TABLE {schema}.app_three (id text)' };
    const two = { version: 2, name: 'two', sql: 'CREATE TABLE {schema}.app_two (id text)' };
    const four = { version: 4, name: 'four', sql: 'CREATE TABLE {schema}.app_four (id text)' };
    try {
      await migrate(db.driver, { schema, migrations: [one, three], table: 'app_migrations' });
      const late = migrate(db.driver, { schema, migrations: [one, two, three, four], table: 'app_migrations' });
      await expect(late).rejects.toMatchObject({ code: 'GLIA.MIGRATION_OUT_OF_ORDER' });
      const tables = await db.driver.query(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_name LIKE 'app\\_%'",
        [schema],
      );
      expect(tables.map((t) => t['table_name']).sort()).toEqual(['app_migrations', 'app_one', 'app_three']);
    } finally {
      await db.driver.exec(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    }
  });

  test('refuses duplicate versions, a table without its list, and a table name that is not an identifier', async () => {
    const schema = `${db.schema}_d`;
    const twice = [
      { version: 1, name: 'a', sql: 'SELECT 1' },
      { version: 1, name: 'b', sql: 'SELECT 1' },
    ];
    await expect(migrate(db.driver, { schema, migrations: twice, table: 'app_migrations' })).rejects.toMatchObject({
      code: 'GLIA.DUPLICATE_MIGRATION',
    });
    await expect(migrate(db.driver, { schema, table: 'app_migrations' })).rejects.toMatchObject({
      code: 'GLIA.MIGRATIONS_REQUIRED',
    });
    await expect(migrate(db.driver, { schema, migrations: [], table: 'App-Migrations' })).rejects.toMatchObject({
      code: 'GLIA.INVALID_TABLE',
    });
    const created = await db.driver.query('SELECT 1 FROM information_schema.schemata WHERE schema_name = $1', [schema]);
    expect(created).toEqual([]);
  });

  test('refuses a schema name that is not a plain identifier', () => {
    expect(() => quoteSchema('public; DROP TABLE x')).toThrow(ConfigurationError);
  });
});
