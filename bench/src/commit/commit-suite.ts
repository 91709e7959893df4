import { benchDatabases } from '../durable/bench-databases.js';
import { alternate } from '../measure/alternate.js';
import type { BenchOptions } from '../options.js';
import { formatRate, formatRatio, type Section, type TargetCheck } from '../report/section.js';
import type { CommitWorkload } from './commit-workload.js';
import { gliaCommitSample } from './glia-commit-contender.js';
import { handWrittenCommitSample } from './hand-written-commit.js';

function workloads(options: BenchOptions): CommitWorkload[] {
  const c = options.commit;
  return [
    { label: '1 client', clients: 1, commits: c.single, aggregatesPerCommit: 1 },
    { label: '16 clients', clients: 16, commits: c.concurrent, aggregatesPerCommit: 1 },
    { label: 'batch: 100 aggregates per commit, 1 client', clients: 1, commits: c.batches, aggregatesPerCommit: 100 },
  ];
}

/** Benchmark 2: Glia's durable commit against a hand-written transaction, on PostgreSQL and PGlite. */
export async function commitSuite(options: BenchOptions, servers: Record<string, string>): Promise<Section> {
  const rows: string[][] = [];
  const data: Record<string, unknown>[] = [];
  const targets: TargetCheck[] = [];
  const skipped: string[] = [];
  for (const open of await benchDatabases('commit', servers, skipped)) {
    const db = await open();
    try {
      for (const workload of workloads(options)) {
        const result = await alternate(
          [
            { name: 'glia', sample: () => gliaCommitSample(db, workload) },
            { name: 'hand', sample: () => handWrittenCommitSample(db, workload) },
          ],
          options.rounds,
          !options.quick,
        );
        const glia = result.get('glia')?.median ?? Number.NaN;
        const hand = result.get('hand')?.median ?? Number.NaN;
        rows.push([db.label, workload.label, formatRate(glia), formatRate(hand), formatRatio(hand / glia)]);
        data.push({ database: db.label, ...workload, samples: Object.fromEntries(result) });
        targets.push({
          target: `commit ≤ 1.15× hand-written (${db.label}, ${workload.label})`,
          measured: formatRatio(hand / glia),
          met: options.quick ? undefined : hand / glia <= 1.15,
        });
      }
    } finally {
      await db.close();
    }
  }
  return {
    id: 'commit',
    title: 'Commit cost (commits/s, median)',
    note:
      `Median of ${options.rounds} alternating rounds, tables emptied before each sample. Each commit saves new ` +
      '`Pinger` aggregates (one, or 100 in the batch row) with two events each, for three subscribed handlers: ' +
      'per aggregate one `aggregates` row, two `outbox_events` rows and six `deliveries` rows, plus one `pg_notify`. ' +
      '"Glia": open a scope, `repository.add`, raise the events, `unitOfWork.commit()` through `postgresPersistence` ' +
      'with the delivery worker not started (`worker: false`: handlers do not run, nothing competes with the commits). ' +
      '"Hand-written": `BEGIN`, the same statements the adapter issues, `COMMIT`, on the same `pg` pool (16 connections) ' +
      'or the same in-memory PGlite instance. "Glia time ÷ hand-written" is the cost ratio (1.00× = free).',
    columns: ['database', 'clients', 'Glia', 'hand-written', 'Glia time ÷ hand-written'],
    rows,
    targets,
    data,
    skipped,
  };
}
