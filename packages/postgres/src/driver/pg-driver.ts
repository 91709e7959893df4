import pg from 'pg';
import type { SqlClient, SqlDriver } from './sql-driver.js';

/** The default connection string when neither the options nor `DATABASE_URL` give one. */
export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';

/** How to reach the server. */
export type PgDriverOptions = {
  /** A connection string; `DATABASE_URL`, then the local default, when absent. */
  readonly connectionString?: string;
  /** Pool size (10 by default). */
  readonly max?: number;
};

/** A PostgreSQL server through a `pg` pool; LISTEN runs on a dedicated connection. */
export class PgDriver implements SqlDriver {
  /** Always `pg`. */
  readonly kind = 'pg' as const;
  /** The pool every statement runs on. */
  readonly pool: pg.Pool;
  private readonly connectionString: string;
  private readonly listeners = new Set<pg.Client>();

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
  async transaction<T>(work: (client: SqlClient) => Promise<T>): Promise<T> {
    const connection = await this.pool.connect();
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

  /** Listens on a dedicated connection (a pooled one would lose the subscription). */
  async listen(channel: string, onNotify: () => void): Promise<() => Promise<void>> {
    const client = new pg.Client({ connectionString: this.connectionString });
    client.on('error', () => undefined);
    client.on('notification', (message) => {
      if (message.channel === channel) onNotify();
    });
    await client.connect();
    await client.query(`LISTEN "${channel}"`);
    this.listeners.add(client);
    return async () => {
      if (!this.listeners.delete(client)) return;
      await client.end().catch(() => undefined);
    };
  }

  /** Ends the listeners and the pool. */
  async close(): Promise<void> {
    await Promise.all([...this.listeners].map((client) => client.end().catch(() => undefined)));
    this.listeners.clear();
    await this.pool.end();
  }
}

/** A `pg` driver for a PostgreSQL server (`DATABASE_URL` or the local default). */
export function pgDriver(options: PgDriverOptions = {}): PgDriver {
  return new PgDriver(options);
}
