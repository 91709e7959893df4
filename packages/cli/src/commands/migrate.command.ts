import type { CliIo } from '../cli-io.js';
import { openDatabase, type DatabaseOptions } from '../database/open-database.js';

/** `glia migrate`: brings the schema up to date (creating a PGlite directory if needed). */
export async function migrateCommand(io: CliIo, options: DatabaseOptions): Promise<void> {
  const db = await openDatabase(io, options, true);
  try {
    const { applied } = await db.persistence.migrate();
    io.stdout.write(
      applied.length === 0
        ? `Schema '${options.schema}' on ${db.label} is up to date.\n`
        : `Applied migration${applied.length === 1 ? '' : 's'} ${applied.join(', ')} to schema '${options.schema}' on ${db.label}.\n`,
    );
  } finally {
    await db.close();
  }
}
