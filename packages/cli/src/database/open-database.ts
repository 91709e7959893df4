import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describeError } from '@glia/core';
import { pgDriver, pgliteDriver, postgresPersistence, type PostgresPersistence, type SqlDriver } from '@glia/postgres';
import { CliError, ExitCode } from '../cli-error.js';
import type { CliIo } from '../cli-io.js';
import { redactUrl } from '../output/redact-url.js';

/** Which database and schema a command works on. */
export type DatabaseOptions = {
  /** A `postgres://` URL or a PGlite data directory; `DATABASE_URL` when absent. */
  readonly database?: string;
  /** The schema Glia's tables live in. */
  readonly schema: string;
};

/** An open database with Glia's persistence over it (no worker, no migrations). */
export type OpenDatabase = {
  readonly driver: SqlDriver;
  readonly persistence: PostgresPersistence;
  /** `schema` quoted for SQL. */
  readonly quoted: string;
  /** Where it is, for messages (passwords hidden). */
  readonly label: string;
  close(): Promise<void>;
};

const URL_SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;

/**
 * Opens the database named by `--database` or `DATABASE_URL`: a PostgreSQL URL, or a PGlite data
 * directory (which must exist unless `create`). Checks the connection, and unless `create` that the
 * schema has Glia's tables, so every command fails early with a clear message.
 */
export async function openDatabase(io: CliIo, options: DatabaseOptions, create = false): Promise<OpenDatabase> {
  const target = options.database ?? io.env['DATABASE_URL'];
  if (target === undefined || target === '') {
    throw CliError.usage('No database: pass --database <postgres-url | pglite-directory> or set DATABASE_URL.');
  }
  const { driver, label } = driverFor(target, create);
  let persistence: PostgresPersistence;
  try {
    persistence = postgresPersistence({ driver, schema: options.schema, migrate: false, worker: false });
  } catch (error) {
    await driver.close().catch(() => undefined);
    throw CliError.usage(`--schema: ${(error as Error).message}`);
  }
  const close = (): Promise<void> => persistence.close().catch(() => undefined);
  try {
    await driver.query('SELECT 1');
  } catch (error) {
    await close();
    throw new CliError('CLI.UNREACHABLE', `Cannot connect to ${label}: ${describeError(error)}`, ExitCode.unreachable, {
      cause: error,
    });
  }
  const quoted = `"${options.schema}"`;
  if (!create) {
    const rows = await driver.query<{ found: string | null }>('SELECT to_regclass($1)::text AS found', [
      `${quoted}.deliveries`,
    ]);
    if (rows[0]?.found === null || rows[0]?.found === undefined) {
      await close();
      throw new CliError(
        'CLI.NO_SCHEMA',
        `${label} has no Glia schema '${options.schema}': run 'glia migrate' first, or pass the right --schema.`,
        ExitCode.noSchema,
      );
    }
  }
  return { driver, persistence, quoted, label, close };
}

function driverFor(target: string, create: boolean): { driver: SqlDriver; label: string } {
  const scheme = URL_SCHEME.exec(target)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    const dataDir = resolve(target);
    if (!create && !existsSync(dataDir)) {
      throw new CliError(
        'CLI.NO_DATABASE',
        `There is no PGlite database at ${dataDir} (and '${target}' is not a postgres:// URL).`,
        ExitCode.unreachable,
      );
    }
    return { driver: pgliteDriver({ dataDir }), label: `PGlite at ${dataDir}` };
  }
  if (scheme !== 'postgres' && scheme !== 'postgresql') {
    throw new CliError(
      'CLI.BAD_URL',
      `'${scheme}://' is not a PostgreSQL URL: use postgres://user:password@host:5432/database or a PGlite directory.`,
      ExitCode.unreachable,
    );
  }
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    throw new CliError('CLI.BAD_URL', `'${redactUrl(target)}' is not a valid URL.`, ExitCode.unreachable);
  }
  return { driver: pgDriver({ connectionString: target, max: 2 }), label: redactUrl(url.toString()) };
}
