/** Runs statements on one connection (or one open transaction). */
export interface SqlClient {
  /** Runs one parameterised statement and returns its rows. */
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<R[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/**
 * The little Glia needs from a PostgreSQL driver. One adapter, two drivers: embedded PGlite and a
 * `pg` pool; everything above this interface is shared SQL.
 */
export interface SqlDriver extends SqlClient {
  /** Which driver this is, for logs and for choosing defaults (PGlite is single-connection). */
  readonly kind: 'pglite' | 'pg';
  /** Runs `work` in one transaction on one connection: commits if it resolves, rolls back if it throws. */
  transaction<T>(work: (client: SqlClient) => Promise<T>): Promise<T>;
  /** Calls `onNotify` for every `NOTIFY` on `channel`; resolves to the function that stops listening. */
  listen(channel: string, onNotify: () => void): Promise<() => Promise<void>>;
  /** Closes every connection. */
  close(): Promise<void>;
}
