import { reportSkipped } from '../report/section.js';
import { BenchDatabase } from './bench-database.js';
import { probePostgres } from './servers.js';

/**
 * The databases a suite runs on, to open one at a time: PostgreSQL if it answers (its version goes
 * to `servers`, otherwise `<part> on PostgreSQL: <reason>` to `skipped`), then PGlite.
 */
export async function benchDatabases(
  part: string,
  servers: Record<string, string>,
  skipped: string[],
): Promise<Array<() => Promise<BenchDatabase>>> {
  const probe = await probePostgres();
  if (probe.ok) servers['PostgreSQL'] = probe.version;
  else skipped.push(reportSkipped(`${part} on PostgreSQL: ${probe.reason}`));
  return [...(probe.ok ? [() => BenchDatabase.postgres(16)] : []), () => BenchDatabase.pglite()];
}
