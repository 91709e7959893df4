import { benchDatabases } from '../durable/bench-databases.js';
import { formatMs } from '../measure/latencies.js';
import type { BenchOptions } from '../options.js';
import { formatRate, type Section, type TargetCheck } from '../report/section.js';
import { deliveryLatency, type DeliveryLatency } from './delivery-latency.js';

/** Benchmark 3: commit → handler start through the durable delivery worker, at fixed offered rates. */
export async function latencySuite(options: BenchOptions, servers: Record<string, string>): Promise<Section> {
  const { seconds, rates } = options.latency;
  const rows: string[][] = [];
  const data: Array<DeliveryLatency & { database: string }> = [];
  const targets: TargetCheck[] = [];
  const skipped: string[] = [];
  for (const open of await benchDatabases('latency', servers, skipped)) {
    const db = await open();
    try {
      for (const rate of rates) {
        const r = await deliveryLatency(db, rate, seconds, options.quick ? 3 : 30);
        data.push({ database: db.label, ...r });
        const c = r.commitToHandler;
        rows.push([
          db.label,
          formatRate(r.offered),
          formatRate(r.achieved),
          `${r.delivered.toLocaleString('en-US')} / ${r.commits.toLocaleString('en-US')}`,
          formatMs(r.commitDuration.p50),
          formatMs(c.p50),
          formatMs(c.p95),
          formatMs(c.p99),
          formatMs(r.scheduledToHandler.p99),
        ]);
        if (rate === 1_000) {
          const complete = r.delivered === r.commits;
          targets.push({
            target: `delivery p99 < 10 ms at 1,000 commits/s (${db.label})`,
            measured: complete ? `${formatMs(c.p99)} ms` : `${r.delivered} of ${r.commits} delivered in time`,
            met: options.quick ? undefined : complete && c.p99 < 10,
          });
        }
      }
    } finally {
      await db.close();
    }
  }
  return {
    id: 'latency',
    title: 'Delivery latency through the durable worker (ms)',
    note:
      `Open loop: commits are started on a timer at the offered rate for ${seconds} s, never waiting for earlier ones. ` +
      'Each commit: a scope, one new aggregate, one event, `unitOfWork.commit()`, with the delivery worker running ' +
      '(default tuning: PostgreSQL 4 deliveries at once, batches of 32; PGlite 1) and one handler. ' +
      '"commit → handler" runs from `commit()` resolving to the handler being called (p50/p95/p99); ' +
      '"scheduled → handler" from the commit\'s scheduled start, so it includes the commit and any queueing.',
    columns: [
      'database',
      'offered/s',
      'achieved/s',
      'delivered',
      'commit p50',
      'commit → handler p50',
      'p95',
      'p99',
      'scheduled → handler p99',
    ],
    rows,
    targets,
    data,
    skipped,
  };
}
