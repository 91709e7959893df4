import type { DeliveryStats } from '@glia/core';
import type { MessageStats } from '@glia/postgres';
import type { CliIo } from '../cli-io.js';
import { openDatabase, type DatabaseOptions } from '../database/open-database.js';
import { paletteFor, plain, type Palette } from '../output/colour.js';
import { formatAge } from '../output/parse-time.js';
import { renderTable } from '../output/table.js';

/** Flags of `glia outbox status`. */
export type StatusOptions = DatabaseOptions & {
  readonly json?: boolean;
  /** Refresh every this many seconds until interrupted. */
  readonly watch?: number;
  /** With `json`: an object `{ handlers, integrationEvents }` instead of the bare handler array scripts already read. */
  readonly integrationEvents?: boolean;
};

/** `glia outbox status --json --integration-events`: the handler array under a key, next to the relay's side. */
export type StatusJson = {
  /** What `--json` alone prints. */
  readonly handlers: readonly DeliveryStats[];
  /** Integration events not yet sent. */
  readonly integrationEvents: MessageStats;
};

/**
 * `glia outbox status`: pending, failed, dead and completed deliveries per handler, and the oldest
 * pending age; then the integration events not yet sent (due, deferred, parked).
 */
export async function outboxStatusCommand(io: CliIo, options: StatusOptions): Promise<void> {
  const db = await openDatabase(io, options);
  const palette = options.json === true ? plain : paletteFor(io.stdout, io.env);
  try {
    for (;;) {
      const stats = await db.persistence.operations.stats();
      const messages = await db.persistence.operations.messageStats();
      const json: StatusJson | readonly DeliveryStats[] =
        options.integrationEvents === true ? { handlers: stats, integrationEvents: messages } : stats;
      const text =
        options.json === true
          ? `${JSON.stringify(json, null, 2)}\n`
          : `${renderStatus(stats, palette)}\n${renderMessageStats(messages, palette)}`;
      if (options.watch === undefined) {
        io.stdout.write(text);
        return;
      }
      // A terminal is redrawn in place; a pipe gets one snapshot after another.
      const clear = io.stdout.isTTY === true ? '\x1b[2J\x1b[H' : '';
      io.stdout.write(`${clear}${palette.dim(`${new Date().toISOString()}  ${db.label}`)}\n${text}\n`);
      if (!(await sleep(options.watch * 1000, io.signal))) return;
    }
  } finally {
    await db.close();
  }
}

/**
 * The status table, with a total line. With a colour palette, dead deliveries are red, failing ones
 * yellow, completed ones green and zeros dim: what needs a person stands out.
 */
export function renderStatus(stats: readonly DeliveryStats[], palette: Palette = plain): string {
  if (stats.length === 0) return 'No deliveries.\n';
  const sum = (key: 'pending' | 'failed' | 'dead' | 'completed'): number => stats.reduce((n, s) => n + s[key], 0);
  const oldest = Math.max(...stats.map((s) => s.oldestPendingAgeMs ?? -1));
  const row = (name: string, s: Omit<DeliveryStats, 'handler'>): string[] => [
    name,
    String(s.pending),
    String(s.failed),
    String(s.dead),
    String(s.completed),
    s.oldestPendingAgeMs === undefined ? '-' : formatAge(s.oldestPendingAgeMs),
  ];
  const total = {
    pending: sum('pending'),
    failed: sum('failed'),
    dead: sum('dead'),
    completed: sum('completed'),
    ...(oldest >= 0 && { oldestPendingAgeMs: oldest }),
  };
  const rows = [...stats.map((s) => row(s.handler, s)), row('TOTAL', total)];
  const byColumn = [undefined, undefined, palette.yellow, palette.red, palette.green];
  return renderTable(
    ['HANDLER', 'PENDING', 'FAILED', 'DEAD', 'COMPLETED', 'OLDEST PENDING'],
    rows,
    (cell, r, column) => {
      if (r < 0 || r === rows.length - 1) return palette.bold(cell);
      if (cell === '0' || cell === '-') return palette.dim(cell);
      const style = byColumn[column];
      return style === undefined ? cell : style(cell);
    },
  );
}

/**
 * One line on the integration events not yet sent: parked ones (a person is needed) red, deferred
 * ones yellow, zeros dim; the oldest age leaves parked ones out, so it measures the relay's lag.
 */
export function renderMessageStats(stats: MessageStats, palette: Palette = plain): string {
  const label = palette.bold('Integration events:');
  if (stats.due + stats.deferred + stats.parked === 0) return `${label} all sent.\n`;
  const count = (n: number, style: (text: string) => string): string => (n === 0 ? palette.dim('0') : style(String(n)));
  const oldest = stats.oldestUnsentAgeMs === undefined ? '' : `; oldest unsent ${formatAge(stats.oldestUnsentAgeMs)}`;
  const hint = stats.parked === 0 ? '' : palette.dim(' (glia outbox parked)');
  return (
    `${label} ${count(stats.due, String)} due, ${count(stats.deferred, palette.yellow)} deferred, ` +
    `${count(stats.parked, palette.red)} parked${hint}${oldest}\n`
  );
}

// Resolves true after `ms`, false at once when the signal aborts.
function sleep(ms: number, signal: AbortSignal | undefined): Promise<boolean> {
  if (signal?.aborted === true) return Promise.resolve(false);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', stop);
      resolve(true);
    }, ms);
    const stop = (): void => {
      clearTimeout(timer);
      resolve(false);
    };
    signal?.addEventListener('abort', stop, { once: true });
  });
}
