import type { Logger } from '@glia/core';

/** Runs statements on one connection (or one open transaction). */
export interface SqlClient {
  /** Runs one parameterised statement and returns its rows. */
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<R[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/** Connections set apart for one task, closed by their owner (or with the driver). */
export interface SqlPool extends SqlClient {
  /** Runs `work` in one transaction on one of these connections, as `SqlDriver.transaction` does. */
  transaction<T>(work: (client: SqlClient) => Promise<T>): Promise<T>;
  /** True once `close()` was called. */
  readonly closed: boolean;
  /** Closes these connections; the driver's own stay open. */
  close(): Promise<void>;
}

/** How `listen` reports on its connection. */
export type ListenOptions = {
  /** Where a lost listening connection, and its return, is logged (warnings to the console by default). */
  readonly logger?: Logger;
};

/**
 * The little Glia needs from a PostgreSQL driver. One adapter, two drivers: embedded PGlite and a
 * `pg` pool; everything above this interface is shared SQL.
 */
export interface SqlDriver extends SqlClient {
  /** Which driver this is, for logs and for choosing defaults (PGlite is single-connection). */
  readonly kind: 'pglite' | 'pg';
  /** Runs `work` in one transaction on one connection: commits if it resolves, rolls back if it throws. */
  transaction<T>(work: (client: SqlClient) => Promise<T>): Promise<T>;
  /**
   * Calls `onNotify` for every `NOTIFY` on `channel`; resolves to the function that stops listening.
   * A lost connection is re-established, after which `onNotify` is called once (a notification may
   * have been missed).
   */
  listen(channel: string, onNotify: () => void, options?: ListenOptions): Promise<() => Promise<void>>;
  /**
   * Up to `max` connections of their own for a background task (the delivery worker), so its
   * statements do not queue behind the application's; `name` labels them on the server. PGlite,
   * which has one connection, shares it.
   */
  openPool(max: number, name: string): SqlPool;
  /** Closes every connection, those of `openPool` included. */
  close(): Promise<void>;
}
