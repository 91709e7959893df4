import type { CliIo } from '../cli-io.js';
import { openDatabase, type DatabaseOptions } from '../database/open-database.js';
import { confirm } from '../output/confirm.js';
import { withProgress } from '../output/progress.js';

/** Flags of `glia outbox purge`. */
export type PurgeOptions = DatabaseOptions & {
  /** Completed deliveries finished before this time go. */
  readonly completedBefore: Date;
  readonly batchSize?: number;
  readonly yes?: boolean;
};

/**
 * `glia outbox purge --completed-before …`: deletes completed deliveries (and events no delivery
 * needs any more) in small batches, never one unbounded DELETE, showing progress on long runs.
 */
export async function outboxPurgeCommand(io: CliIo, options: PurgeOptions): Promise<void> {
  const db = await openDatabase(io, options);
  try {
    const cutoff = options.completedBefore.toISOString();
    const count = async (): Promise<number> => {
      const rows = await db.driver.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM ${db.quoted}.deliveries WHERE status = 'completed' AND finished_at < $1::timestamptz`,
        [cutoff],
      );
      return Number(rows[0]?.n ?? 0);
    };
    const total = await count();
    if (total === 0) {
      io.stdout.write(`No completed deliveries finished before ${cutoff}.\n`);
      return;
    }
    await confirm(
      io,
      `Delete ${total} completed deliver${total === 1 ? 'y' : 'ies'} finished before ${cutoff}?`,
      options.yes === true,
    );
    const result = await withProgress(
      io.stderr,
      'purging',
      total,
      async () => total - (await count()),
      () =>
        db.persistence.operations.purge({
          olderThanMs: Date.now() - options.completedBefore.getTime(),
          ...(options.batchSize !== undefined && { batchSize: options.batchSize }),
        }),
    );
    io.stdout.write(`Purged ${result.deliveries} completed deliveries and ${result.events} events.\n`);
  } finally {
    await db.close();
  }
}
