// Drivers differ in what they return: `pg` gives bigint and numeric as strings, PGlite as numbers, and
// both give timestamptz as Date. These keep the read models' JSON the same on either.

/** A count or a sum as a number. */
export function toNumber(value: unknown): number {
  return value === null || value === undefined ? 0 : Number(value);
}

/** A timestamp as ISO-8601. */
export function toIso(value: unknown): string {
  return (value instanceof Date ? value : new Date(String(value))).toISOString();
}

/** A nullable timestamp as ISO-8601 or null. */
export function toIsoOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : toIso(value);
}
