import { ConfigurationError } from '@glia/core';
import type { Migration } from './migrations.js';

/**
 * Of `migrations`, those not yet in `applied`, in ascending order. Refuses a list with a version
 * that is not a positive integer or appears twice, and a pending migration numbered below one
 * already applied: migrations are append-only, so a new one always takes the next version.
 */
export function pendingMigrations(
  migrations: readonly Migration[],
  applied: ReadonlySet<number>,
  table: string,
): Migration[] {
  const seen = new Set<number>();
  for (const { version, name } of migrations) {
    if (!Number.isInteger(version) || version < 1) {
      throw new ConfigurationError(
        'GLIA.INVALID_MIGRATION',
        `Migration '${name}' for ${table} has version ${version}: versions are positive integers.`,
      );
    }
    if (seen.has(version)) {
      throw new ConfigurationError(
        'GLIA.DUPLICATE_MIGRATION',
        `Two migrations for ${table} have version ${version}: each version is used once.`,
      );
    }
    seen.add(version);
  }
  const latest = Math.max(0, ...applied);
  const pending = [...migrations].filter((m) => !applied.has(m.version)).sort((a, b) => a.version - b.version);
  const early = pending.find((m) => m.version < latest);
  if (early !== undefined) {
    throw new ConfigurationError(
      'GLIA.MIGRATION_OUT_OF_ORDER',
      `Migration ${early.version} ('${early.name}') for ${table} is new, but version ${latest} is already ` +
        `applied: migrations are append-only, so give it version ${Math.max(latest, ...seen) + 1}.`,
    );
  }
  return pending;
}
