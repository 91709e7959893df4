import { expect } from '@jest/globals';
import { ConfigurationError } from '@glia/core';
import { migrate } from './migrator.js';
import { migrations } from './migrations.js';
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

  test('refuses a schema name that is not a plain identifier', () => {
    expect(() => quoteSchema('public; DROP TABLE x')).toThrow(ConfigurationError);
  });
});
