import { PGlite } from '@electric-sql/pglite';
import type { SqlClient, SqlDriver, SqlPool } from './sql-driver.js';

/** Where PGlite keeps its data. */
export type PgliteDriverOptions = {
  /** A directory that survives restarts; in memory when absent. */
  readonly dataDir?: string;
  /** An instance you made yourself; the driver will not close it. */
  readonly instance?: PGlite;
};

/**
 * Embedded PostgreSQL (WASM) in this process. It has a single connection, so PGlite's own
 * transaction lock serialises every transaction and queries wait for open ones.
 */
export class PgliteDriver implements SqlDriver {
  /** Always `pglite`. */
  readonly kind = 'pglite' as const;
  private readonly db: PGlite;
  private readonly owned: boolean;

  /** Opens (or wraps) a PGlite database. */
  constructor(options: PgliteDriverOptions = {}) {
    this.owned = options.instance === undefined;
    this.db = options.instance ?? new PGlite(options.dataDir);
  }

  /** Runs one statement. */
  async query<R>(sql: string, params: readonly unknown[] = []): Promise<R[]> {
    return (await this.db.query<R>(sql, [...params])).rows;
  }

  /** Runs a script. */
  async exec(sql: string): Promise<void> {
    await this.db.exec(sql);
  }

  /** Runs `work` in a transaction; PGlite runs one at a time. */
  transaction<T>(work: (client: SqlClient) => Promise<T>): Promise<T> {
    return this.db.transaction(async (tx) =>
      work({
        query: async <R>(sql: string, params: readonly unknown[] = []) => (await tx.query<R>(sql, [...params])).rows,
        exec: async (sql: string) => {
          await tx.exec(sql);
        },
      }),
    );
  }

  /** Listens through PGlite's own notification support. */
  async listen(channel: string, onNotify: () => void): Promise<() => Promise<void>> {
    const stop = await this.db.listen(channel, () => onNotify());
    return async () => {
      if (!this.db.closed) await stop();
    };
  }

  /** The one connection again: PGlite has no other, and closing this view leaves it open. */
  openPool(): SqlPool {
    return {
      query: <R>(sql: string, params?: readonly unknown[]) => this.query<R>(sql, params),
      exec: (sql: string) => this.exec(sql),
      transaction: (work) => this.transaction(work),
      closed: false,
      close: async () => undefined,
    };
  }

  /** Closes the database, unless it was handed in. */
  async close(): Promise<void> {
    if (this.owned && !this.db.closed) await this.db.close();
  }
}

/** A PGlite driver: in memory, or in `dataDir` so data survives restarts. */
export function pgliteDriver(options: PgliteDriverOptions = {}): PgliteDriver {
  return new PgliteDriver(options);
}
