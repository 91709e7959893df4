import type { CliIo } from '../cli-io.js';
import { CliError } from '../cli-error.js';
import { openDatabase, type DatabaseOptions, type OpenDatabase } from '../database/open-database.js';
import { confirm } from '../output/confirm.js';
import { outboxRetryParkedCommand } from './outbox-retry-parked.command.js';

/** Flags of `glia outbox retry`. */
export type RetryOptions = DatabaseOptions & {
  readonly dead?: boolean;
  /** Re-drive parked integration events instead of dead deliveries. */
  readonly parked?: boolean;
  /** With `parked`: only these CloudEvent ids. */
  readonly id?: readonly string[];
  readonly handler?: string;
  /** Only deliveries that died at or after this time. */
  readonly since?: Date;
  readonly limit?: number;
  readonly yes?: boolean;
};

/**
 * `glia outbox retry --dead`: sends dead deliveries back to pending with no attempts; workers pick
 * them up. `--parked` re-drives parked integration events instead (see `outboxRetryParkedCommand`).
 */
export async function outboxRetryCommand(io: CliIo, options: RetryOptions): Promise<void> {
  checkFlags(options);
  if (options.parked === true) {
    return outboxRetryParkedCommand(io, {
      ...(options.database !== undefined && { database: options.database }),
      schema: options.schema,
      ...(options.id !== undefined && { ids: options.id }),
      ...(options.yes !== undefined && { yes: options.yes }),
    });
  }
  const db = await openDatabase(io, options);
  try {
    const matching = await countDead(db, options);
    if (matching === 0) {
      io.stdout.write('No dead deliveries match.\n');
      return;
    }
    const which = options.handler === undefined ? '' : ` of handler '${options.handler}'`;
    await confirm(io, `Retry ${matching} dead deliver${matching === 1 ? 'y' : 'ies'}${which}?`, options.yes === true);
    const revived = await retryDead(db, options);
    io.stdout.write(`Retried ${revived} dead deliver${revived === 1 ? 'y' : 'ies'}${which}.\n`);
  } finally {
    await db.close();
  }
}

// Dead deliveries and parked integration events are different records, filtered differently.
function checkFlags(options: RetryOptions): void {
  if (options.dead === true && options.parked === true) {
    throw CliError.usage('--dead retries deliveries, --parked integration events: pass one of them, not both.');
  }
  if (options.dead !== true && options.parked !== true) {
    throw CliError.usage(
      'Only dead deliveries and parked integration events are retried by hand (pending ones retry on their own): ' +
        'pass --dead or --parked.',
    );
  }
  if (options.parked === true) {
    const deliveryFlag = [
      options.handler !== undefined && '--handler',
      options.since !== undefined && '--since',
      options.limit !== undefined && '--limit',
    ].find((flag) => flag !== false);
    if (deliveryFlag !== undefined) {
      throw CliError.usage(
        `${deliveryFlag} picks dead deliveries, not parked events: with --parked, pick them with --id.`,
      );
    }
  } else if (options.id !== undefined) {
    throw CliError.usage('--id picks parked integration events: pass --parked (dead deliveries: --handler, --since).');
  }
}

async function retryDead(db: OpenDatabase, options: RetryOptions): Promise<number> {
  const revived = await db.persistence.operations.retryDead({
    ...(options.handler !== undefined && { handler: options.handler }),
    ...(options.limit !== undefined && { limit: options.limit }),
    ...(options.since !== undefined && { since: options.since }),
  });
  return revived.length;
}

async function countDead(db: OpenDatabase, options: RetryOptions): Promise<number> {
  const rows = await db.driver.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ${db.quoted}.deliveries WHERE status = 'dead'
       AND ($1::text IS NULL OR handler = $1) AND ($2::timestamptz IS NULL OR finished_at >= $2::timestamptz)`,
    [options.handler ?? null, options.since?.toISOString() ?? null],
  );
  const n = Number(rows[0]?.n ?? 0);
  return options.limit === undefined ? n : Math.min(n, options.limit);
}
