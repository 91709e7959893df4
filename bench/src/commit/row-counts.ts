import type { BenchDatabase } from '../durable/bench-database.js';
import { EVENTS_PER_AGGREGATE, HANDLERS, type CommitWorkload } from './commit-workload.js';

/** Throws unless the sample wrote every row it should have: a benchmark that lost work is a crash. */
export async function assertRowsWritten(db: BenchDatabase, workload: CommitWorkload, who: string): Promise<void> {
  const aggregates = workload.commits * workload.aggregatesPerCommit;
  const expected = {
    aggregates,
    events: aggregates * EVENTS_PER_AGGREGATE,
    deliveries: aggregates * EVENTS_PER_AGGREGATE * HANDLERS,
  };
  const s = db.quoted;
  const [row] = await db.driver.query<Record<keyof typeof expected, number | string>>(
    `SELECT (SELECT count(*) FROM ${s}.aggregates) AS aggregates, (SELECT count(*) FROM ${s}.outbox_events) AS events,
       (SELECT count(*) FROM ${s}.deliveries WHERE status = 'pending') AS deliveries`,
  );
  for (const key of Object.keys(expected) as Array<keyof typeof expected>) {
    if (Number(row?.[key]) !== expected[key]) {
      throw new Error(`${who} on ${db.label}: ${String(row?.[key])} ${key} written, ${expected[key]} expected.`);
    }
  }
}
