import type { CliIo } from '../cli-io.js';
import { openDatabase, type DatabaseOptions } from '../database/open-database.js';
import { paletteFor } from '../output/colour.js';
import { formatAge } from '../output/parse-time.js';
import { renderTable } from '../output/table.js';

/** Flags of `glia outbox parked`. */
export type ParkedOptions = DatabaseOptions & {
  /** At most this many, oldest first. */
  readonly limit: number;
  readonly json?: boolean;
};

/**
 * `glia outbox parked`: the integration events the receiver rejected for good (the relay parked them
 * and went on), oldest first, with the receiver's reason.
 */
export async function outboxParkedCommand(io: CliIo, options: ParkedOptions): Promise<void> {
  const db = await openDatabase(io, options);
  try {
    const parked = await db.persistence.operations.parked(options.limit);
    if (options.json === true) {
      io.stdout.write(`${JSON.stringify(parked, null, 2)}\n`);
      return;
    }
    if (parked.length === 0) {
      io.stdout.write('No parked integration events.\n');
      return;
    }
    const palette = paletteFor(io.stdout, io.env);
    const now = Date.now();
    const rows = parked.map((m) => [
      m.id,
      m.type,
      m.subject ?? '-',
      formatAge(Math.max(0, now - m.recordedAt.getTime())),
      String(m.attempts),
      m.reason.slice(0, 80),
    ]);
    io.stdout.write(
      renderTable(['ID', 'TYPE', 'SUBJECT', 'AGE', 'ATTEMPTS', 'REASON'], rows, (cell, row, column) =>
        row < 0 ? palette.bold(cell) : column === 5 ? palette.red(cell) : cell,
      ),
    );
    const total = (await db.persistence.operations.messageStats()).parked;
    if (total > parked.length)
      io.stdout.write(palette.dim(`… and ${total - parked.length} more (raise --limit).`) + '\n');
  } finally {
    await db.close();
  }
}
