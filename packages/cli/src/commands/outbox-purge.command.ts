import type { CliIo } from '../cli-io.js';
import { openDatabase, type DatabaseOptions, type OpenDatabase } from '../database/open-database.js';
import { confirm } from '../output/confirm.js';
import { withProgress } from '../output/progress.js';

/** Flags of `glia outbox purge`. */
export type PurgeOptions = DatabaseOptions & {
  /** Completed deliveries finished, and integration events sent, before this time go. */
  readonly completedBefore: Date;
  readonly batchSize?: number;
  readonly yes?: boolean;
  readonly json?: boolean;
};

/** What a purge deletes (or deleted), as `--json` prints it. */
export type PurgeCounts = {
  /** The cut-off, ISO 8601. */
  readonly before: string;
  /** Completed deliveries. */
  readonly deliveries: number;
  /** Domain events (`outbox_events`) no delivery needs any more. */
  readonly events: number;
  /** Integration events (`outbox_messages`) the relay has sent. */
  readonly messages: number;
};

/**
 * `glia outbox purge --completed-before …`: deletes completed deliveries, the domain events no
 * delivery needs any more, and sent integration events, in small batches (never one unbounded
 * DELETE), showing progress on long runs.
 */
export async function outboxPurgeCommand(io: CliIo, options: PurgeOptions): Promise<void> {
  const db = await openDatabase(io, options);
  try {
    const before = options.completedBefore.toISOString();
    const due = await countDue(db, before);
    if (due.deliveries + due.events + due.messages === 0) {
      io.stdout.write(
        options.json === true
          ? `${JSON.stringify(due, null, 2)}\n`
          : `Nothing to purge: no completed deliveries, domain events or sent integration events from before ${before}.\n`,
      );
      return;
    }
    await confirm(io, `Delete ${describeCounts(due)} from before ${before}?`, options.yes === true);
    // Progress follows the two big tables; the events a purge frees are cheap to count only once.
    const total = due.deliveries + due.messages;
    const result = await withProgress(
      io.stderr,
      'purging',
      total,
      async () => {
        const left = await countDue(db, before, false);
        return total - left.deliveries - left.messages;
      },
      () =>
        db.persistence.operations.purge({
          olderThanMs: Date.now() - options.completedBefore.getTime(),
          ...(options.batchSize !== undefined && { batchSize: options.batchSize }),
        }),
    );
    const purged: PurgeCounts = {
      before,
      deliveries: result.deliveries,
      events: result.events,
      messages: result.messages,
    };
    io.stdout.write(
      options.json === true ? `${JSON.stringify(purged, null, 2)}\n` : `Purged ${describeCounts(purged)}.\n`,
    );
  } finally {
    await db.close();
  }
}

/** `6 completed deliveries, 3 domain events and 1 sent integration event`. */
function describeCounts(counts: PurgeCounts): string {
  const n = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;
  return (
    `${n(counts.deliveries, 'completed delivery', 'completed deliveries')}, ` +
    `${n(counts.events, 'domain event', 'domain events')} and ` +
    `${n(counts.messages, 'sent integration event', 'sent integration events')}`
  );
}

// What `OutboxOperations.purge` would delete with this cut-off: the same conditions, counted.
async function countDue(db: OpenDatabase, before: string, withEvents = true): Promise<PurgeCounts> {
  const s = db.quoted;
  const events = withEvents
    ? `(SELECT count(*) FROM ${s}.outbox_events o WHERE o.recorded_at < $1::timestamptz
         AND NOT EXISTS (SELECT 1 FROM ${s}.deliveries d WHERE d.event_id = o.event_id
           AND (d.status <> 'completed' OR d.finished_at >= $1::timestamptz)))::int`
    : '0';
  const rows = await db.driver.query<{ deliveries: number; events: number; messages: number }>(
    `SELECT
       (SELECT count(*) FROM ${s}.deliveries WHERE status = 'completed' AND finished_at < $1::timestamptz)::int
         AS deliveries,
       ${events} AS events,
       (SELECT count(*) FROM ${s}.outbox_messages WHERE sent_at < $1::timestamptz)::int AS messages`,
    [before],
  );
  const row = rows[0];
  return {
    before,
    deliveries: Number(row?.deliveries ?? 0),
    events: Number(row?.events ?? 0),
    messages: Number(row?.messages ?? 0),
  };
}
