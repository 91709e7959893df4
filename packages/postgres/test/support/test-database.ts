import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import {
  DEFAULT_DATABASE_URL,
  PgDriver,
  PgliteDriver,
  PostgresPersistence,
  type PostgresPersistenceOptions,
  type SqlDriver,
} from '../../src/index.js';

/** The drivers every test runs against. */
export const DRIVERS = ['pglite', 'pg'] as const;
/** One of them. */
export type DriverName = (typeof DRIVERS)[number];

// One PGlite instance per test file: jest gives each file its own module registry, so this is per file.
let sharedPglite: PGlite | undefined;

/** The connection string of the test server. */
export const databaseUrl = process.env['DATABASE_URL'] ?? DEFAULT_DATABASE_URL;

/** True if the PostgreSQL server answers; under CI=true an unreachable server is an error. */
export async function serverAvailable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 2000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch (error) {
    if (process.env['CI'] === 'true') {
      throw new Error(`PostgreSQL at ${databaseUrl} is unreachable and CI=true.`, { cause: error });
    }
    console.warn(`PostgreSQL at ${databaseUrl} is unreachable: skipping the pg variant of these tests.`);
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A fresh schema on one driver for one test file, dropped afterwards. */
export class TestDatabase {
  /** The random schema of this file. */
  readonly schema = `glia_test_${randomBytes(6).toString('hex')}`;
  /** False when the pg server is unreachable (the pg variant is then skipped). */
  available = true;
  private driver_: SqlDriver | undefined;
  private readonly opened: PostgresPersistence[] = [];

  /** Prepares a database on `name`. */
  constructor(readonly name: DriverName) {}

  /** The driver, shared by every persistence of this file. */
  get driver(): SqlDriver {
    if (this.driver_ === undefined) throw new Error('TestDatabase.open() has not run');
    return this.driver_;
  }

  /** Connects and creates the schema. */
  async open(): Promise<void> {
    if (this.name === 'pg') {
      this.available = await serverAvailable();
      if (!this.available) return;
      this.driver_ = new PgDriver({ connectionString: databaseUrl, max: 12 });
    } else {
      sharedPglite ??= new PGlite();
      this.driver_ = new PgliteDriver({ instance: sharedPglite });
    }
    await this.persistence({ worker: false }).start();
  }

  /** A persistence on this file's schema; closed (not the driver) by `close()`. */
  persistence(options: Omit<PostgresPersistenceOptions, 'driver'> = {}): PostgresPersistence {
    const persistence = new PostgresPersistence({
      driver: this.driver,
      schema: this.schema,
      ownsDriver: false,
      worker: { pollIntervalMs: 200, ...(options.worker === false ? {} : options.worker) },
      ...(options.worker === false && { worker: false }),
      ...(options.events !== undefined && { events: options.events }),
    });
    this.opened.push(persistence);
    return persistence;
  }

  /** Counts rows of a table of this schema, optionally filtered. */
  async count(table: string, where = 'true', params: readonly unknown[] = []): Promise<number> {
    const rows = await this.driver.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "${this.schema}".${table} WHERE ${where}`,
      params,
    );
    return Number(rows[0]?.n ?? 0);
  }

  /** Closes the persistences, drops the schema and disconnects. */
  async close(): Promise<void> {
    if (this.driver_ === undefined) return;
    await Promise.all(this.opened.map((p) => p.close()));
    await this.driver_.exec(`DROP SCHEMA IF EXISTS "${this.schema}" CASCADE`);
    await this.driver_.close();
    this.driver_ = undefined;
    if (this.name === 'pglite' && sharedPglite !== undefined) {
      await sharedPglite.close();
      sharedPglite = undefined;
    }
  }
}

/** Runs `body` once per driver, each with its own database; tests written with `test` skip when unavailable. */
export function describeDrivers(
  title: string,
  body: (db: TestDatabase, test: (name: string, fn: () => Promise<void> | void, timeout?: number) => void) => void,
): void {
  describe.each(DRIVERS)(`${title} [%s]`, (name) => {
    const db = new TestDatabase(name);
    beforeAll(() => db.open(), 30_000);
    afterAll(() => db.close(), 30_000);
    body(db, (testName, fn, timeout) =>
      it(
        testName,
        async () => {
          if (!db.available) return;
          await fn();
        },
        timeout,
      ),
    );
  });
}
