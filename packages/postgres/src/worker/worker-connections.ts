import { AsyncLocalStorage } from 'node:async_hooks';
import type { SqlDriver, SqlPool } from '../driver/sql-driver.js';

type Connections = { readonly driver: SqlDriver; readonly pool: SqlPool };

// Infrastructure only: which connections the delivery being run in this async context may use.
const current = new AsyncLocalStorage<Connections>();

/** Runs `work` (one delivery) so that transactions it opens on `driver` use the worker's `pool`. */
export function onWorkerConnections<T>(driver: SqlDriver, pool: SqlPool, work: () => Promise<T>): Promise<T> {
  return current.run({ driver, pool }, work);
}

/**
 * The worker's connections if this code runs inside one of its deliveries on `driver`; a handler
 * writing to another database (another driver) keeps that database's own pool, and work a handler
 * left running after its worker closed falls back to the driver's.
 */
export function workerConnectionsFor(driver: SqlDriver): SqlPool | undefined {
  const connections = current.getStore();
  return connections?.driver === driver && !connections.pool.closed ? connections.pool : undefined;
}
