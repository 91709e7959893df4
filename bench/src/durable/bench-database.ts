import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { migrate, pgDriver, pgliteDriver, type SqlDriver } from '@glia/postgres';
import type pg from 'pg';
import { DATABASE_URL } from './servers.js';

let shared: Promise<PGlite> | undefined;

/** Runs one statement of a hand-written transaction. */
export type RawQuery = (sql: string, params: readonly unknown[]) => Promise<unknown[]>;

/**
 * One database under test, in a fresh schema migrated by `@glia/postgres` and dropped by `close()`.
 * `driver` is what Glia uses; `rawTransaction` is what a user would write by hand with the same
 * client library on the same connections (a `pg` pool, or the same PGlite instance).
 */
export class BenchDatabase {
  /** The schema, quoted for SQL. */
  readonly quoted: string;

  private constructor(
    /** `PostgreSQL` or `PGlite`. */
    readonly label: string,
    /** The driver Glia's persistence is given (not owned by it). */
    readonly driver: SqlDriver,
    /** The schema every table of the run lives in. */
    readonly schema: string,
    /** A hand-written transaction: `BEGIN`, the statements, `COMMIT` (rolled back if one throws). */
    readonly rawTransaction: (work: (query: RawQuery) => Promise<void>) => Promise<void>,
    private readonly closeAll: () => Promise<void>,
  ) {
    this.quoted = `"${schema}"`;
  }

  /** A fresh schema on the PostgreSQL server, with a pool of `poolSize` connections shared by both contenders. */
  static async postgres(poolSize: number, url = DATABASE_URL): Promise<BenchDatabase> {
    const driver = pgDriver({ connectionString: url, max: poolSize });
    const pool: pg.Pool = driver.pool;
    const raw = async (work: (query: RawQuery) => Promise<void>): Promise<void> => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await work(async (sql, params) => (await client.query(sql, [...params])).rows);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    };
    return BenchDatabase.open('PostgreSQL', driver, raw, () => driver.close());
  }

  /** A fresh schema in the run's in-memory PGlite instance, shared by both contenders (and by the suites). */
  static async pglite(): Promise<BenchDatabase> {
    // Starting PGlite (compiling its WebAssembly) takes seconds: one instance serves the whole run.
    shared ??= PGlite.create();
    const db = await shared;
    const driver = pgliteDriver({ instance: db });
    const raw = async (work: (query: RawQuery) => Promise<void>): Promise<void> => {
      await db.transaction(async (tx) => work(async (sql, params) => (await tx.query(sql, [...params])).rows));
    };
    return BenchDatabase.open('PGlite', driver, raw, async () => undefined);
  }

  /** Closes the run's PGlite instance, if one was started. */
  static async closeShared(): Promise<void> {
    const db = await shared;
    shared = undefined;
    await db?.close();
  }

  private static async open(
    label: string,
    driver: SqlDriver,
    raw: BenchDatabase['rawTransaction'],
    close: () => Promise<void>,
  ): Promise<BenchDatabase> {
    const schema = `glia_bench_${process.pid}_${randomBytes(3).toString('hex')}`;
    await migrate(driver, schema);
    return new BenchDatabase(label, driver, schema, raw, close);
  }

  /** Empties Glia's tables between samples, so each starts from the same table sizes. */
  async truncate(): Promise<void> {
    const s = this.quoted;
    await this.driver.exec(
      `TRUNCATE ${s}.deliveries, ${s}.outbox_events, ${s}.outbox_messages, ${s}.aggregates, ${s}.stream_events`,
    );
  }

  /** Drops the schema and closes every connection. */
  async close(): Promise<void> {
    try {
      await this.driver.exec(`DROP SCHEMA IF EXISTS ${this.quoted} CASCADE`);
    } finally {
      await this.closeAll();
    }
  }
}
