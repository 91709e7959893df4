import type { CliIo } from '../cli-io.js';
import { openDatabase, type DatabaseOptions, type OpenDatabase } from '../database/open-database.js';
import { confirm } from '../output/confirm.js';

/** Flags of `glia outbox retry --parked`. */
export type RetryParkedOptions = DatabaseOptions & {
  /** Only these CloudEvent ids; all parked events when absent. */
  readonly ids?: readonly string[];
  readonly yes?: boolean;
};

/**
 * `glia outbox retry --parked`: makes parked integration events (all, or those with the given ids)
 * due again; a running relay is woken and sends them at once.
 */
export async function outboxRetryParkedCommand(io: CliIo, options: RetryParkedOptions): Promise<void> {
  const db = await openDatabase(io, options);
  try {
    const ops = db.persistence.operations;
    const ids = options.ids === undefined ? undefined : [...new Set(options.ids)];
    const matching = ids === undefined ? undefined : await parkedAmong(db, ids);
    const others = ids?.filter((id) => !(matching?.includes(id) ?? false)) ?? [];
    // Not an error: a second run after a re-drive finds them sent or pending, which is what was asked.
    if (others.length > 0) io.stderr.write(`Not parked (sent, pending or unknown): ${others.join(', ')}\n`);
    const count = matching === undefined ? (await ops.messageStats()).parked : matching.length;
    if (count === 0) {
      io.stdout.write('No parked integration events match.\n');
      return;
    }
    await confirm(io, `Re-drive ${events(count)}?`, options.yes === true);
    const redriven = await ops.retryParked(matching);
    io.stdout.write(`Re-drove ${events(redriven)}: the relay sends ${redriven === 1 ? 'it' : 'them'} next.\n`);
  } finally {
    await db.close();
  }
}

function events(n: number): string {
  return `${n} parked integration event${n === 1 ? '' : 's'}`;
}

async function parkedAmong(db: OpenDatabase, ids: readonly string[]): Promise<string[]> {
  const rows = await db.driver.query<{ id: string }>(
    `SELECT id FROM ${db.quoted}.outbox_messages
     WHERE sent_at IS NULL AND available_at = 'infinity' AND id = ANY($1::text[]) ORDER BY position`,
    [ids],
  );
  return rows.map((row) => row.id);
}
