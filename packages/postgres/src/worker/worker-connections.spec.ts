import { describe, expect, it } from '@jest/globals';
import type { SqlDriver, SqlPool } from '../driver/sql-driver.js';
import { onWorkerConnections, workerConnectionsFor } from './worker-connections.js';

const driver = { kind: 'pg' } as SqlDriver;
const other = { kind: 'pg' } as SqlDriver;

describe('worker connections', () => {
  it("are used only inside a delivery, only for the worker's own driver, and only while open", async () => {
    const pool = { closed: false } as { closed: boolean } & SqlPool;
    expect(workerConnectionsFor(driver)).toBeUndefined();
    await onWorkerConnections(driver, pool, async () => {
      await Promise.resolve();
      expect(workerConnectionsFor(driver)).toBe(pool);
      expect(workerConnectionsFor(other)).toBeUndefined();
      pool.closed = true;
      expect(workerConnectionsFor(driver)).toBeUndefined();
    });
  });
});
