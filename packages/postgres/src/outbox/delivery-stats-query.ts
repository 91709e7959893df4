import type { DeliveryStats } from '@glia/core';
import type { SqlDriver } from '../driver/sql-driver.js';

/** Counts deliveries per handler in `schema` (already quoted), and the age of the oldest pending one. */
export async function readDeliveryStats(driver: SqlDriver, schema: string): Promise<readonly DeliveryStats[]> {
  const rows = await driver.query<Record<string, string | number | null>>(
    `SELECT handler,
       count(*) FILTER (WHERE status = 'pending')::int AS pending,
       count(*) FILTER (WHERE status = 'pending' AND last_error IS NOT NULL)::int AS failed,
       count(*) FILTER (WHERE status = 'dead')::int AS dead,
       count(*) FILTER (WHERE status = 'completed')::int AS completed,
       (extract(epoch FROM now() - min(created_at) FILTER (WHERE status = 'pending')) * 1000)::float8 AS oldest
     FROM ${schema}.deliveries GROUP BY handler ORDER BY handler`,
  );
  return rows.map((r) => ({
    handler: String(r['handler']),
    pending: Number(r['pending']),
    failed: Number(r['failed']),
    dead: Number(r['dead']),
    completed: Number(r['completed']),
    ...(r['oldest'] !== null && r['oldest'] !== undefined && { oldestPendingAgeMs: Math.max(0, Number(r['oldest'])) }),
  }));
}
