import pg from 'pg';
import { PgListener } from './pg-listener.js';
import type { ListenOptions, SqlClient, SqlDriver, SqlPool } from './sql-driver.js';

/** The default connection string when neither the options nor `DATABASE_URL` give one. */
export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';

/** How to reach the server. */
export type PgDriverOptions = {
  /** A connection string; `DATABASE_URL`, then the local default, when absent. */
  readonly connectionString?: string;
  /** Pool size (10 by default). */
  readonly max?: number;
};

/** A PostgreSQL server through a `pg` pool; LISTEN runs on dedicated connections that reconnect. */
export class PgDriver implements SqlDriver {
  /** Always `pg`. */
  readonly kind = 'pg' as const;
  /** The pool every statement runs on. */
  readonly pool: pg.Pool;
  private readonly connectionString: string;
  private readonly listeners = new Set<PgListener>();
  private readonly pools = new Set<pg.Pool>();

  /** Creates the pool; connections are opened on first use. */
  constructor(options: PgDriverOptions = {}) {
    this.connectionString = options.connectionString ?? process.env['DATABASE_URL'] ?? DEFAULT_DATABASE_URL;
    this.pool = new pg.Pool({ connectionString: this.connectionString, max: options.max ?? 10 });
    // An idle client that loses its connection must not crash the process; the next query reconnects.
    this.pool.on('error', () => undefined);
  }

  /** Runs one statement on any pooled connection. */
  async query<R>(sql: string, params: readonly unknown[] = []): Promise<R[]> {
    return (await this.pool.query(sql, [...params])).rows as R[];
  }

  /** Runs a script. */
  async exec(sql: string): Promise<void> {
    await this.pool.query(sql);
  }

  /** Runs `work` in a transaction on one pooled connection. */
  transaction<T>(work: (client: SqlClient) => Promise<T>): Promise<T> {
    return transactionOn(this.pool, work);
  }

  /** Listens on a dedicated connection (a pooled one would lose the subscription), reconnecting if it drops. */
  async listen(channel: string, onNotify: () => void, options: ListenOptions = {}): Promise<() => Promise<void>> {
    const listener = new PgListener(this.connectionString, channel, onNotify, options.logger);
    await listener.start();
    this.listeners.add(listener);
    return async () => {
      if (this.listeners.delete(listener)) await listener.stop();
    };
  }

  /** A small pool of its own, so a background task's statements do not wait behind the main pool's. */
  openPool(max: number, name: string): SqlPool {
    const pool = new pg.Pool({ connectionString: this.connectionString, max, application_name: name });
    pool.on('error', () => undefined);
    this.pools.add(pool);
    return {
      query: async <R>(sql: string, params: readonly unknown[] = []) =>
        (await pool.query(sql, [...params])).rows as R[],
      exec: async (sql: string) => {
        await pool.query(sql);
      },
      transaction: (work) => transactionOn(pool, work),
      get closed() {
        return pool.ending;
      },
      close: async () => {
        if (this.pools.delete(pool)) await pool.end();
      },
    };
  }

  /** Ends the listeners, the pools of `openPool` and the main pool. */
  async close(): Promise<void> {
    await Promise.all([...this.listeners].map((listener) => listener.stop()));
    this.listeners.clear();
    await Promise.all([...this.pools].map((pool) => pool.end()));
    this.pools.clear();
    await this.pool.end();
  }
}

// One transaction on one connection of `pool`: committed if `work` resolves, rolled back if it throws.
async function transactionOn<T>(pool: pg.Pool, work: (client: SqlClient) => Promise<T>): Promise<T> {
  const connection = await pool.connect();
  let broken: Error | undefined;
  try {
    await connection.query('BEGIN');
    const result = await work({
      query: async <R>(sql: string, params: readonly unknown[] = []) =>
        (await connection.query(sql, [...params])).rows as R[],
      exec: async (sql: string) => {
        await connection.query(sql);
      },
    });
    await connection.query('COMMIT');
    return result;
  } catch (error) {
    try {
      await connection.query('ROLLBACK');
    } catch (rollbackError) {
      // A connection that cannot roll back is destroyed, not returned to the pool.
      broken = rollbackError as Error;
    }
    throw error;
  } finally {
    connection.release(broken);
  }
}

/** A `pg` driver for a PostgreSQL server (`DATABASE_URL` or the local default). */
export function pgDriver(options: PgDriverOptions = {}): PgDriver {
  return new PgDriver(options);
}
