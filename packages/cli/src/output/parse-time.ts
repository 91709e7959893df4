import { CliError } from '../cli-error.js';

const DURATION = /^(\d+(?:\.\d+)?)(ms|s|m|h|d|w)$/;
const UNIT_MS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** A point in time from `7d` / `36h` / `15m` (that long ago) or an ISO 8601 date; a usage error otherwise. */
export function parseTime(text: string, flag: string, now: number = Date.now()): Date {
  const duration = DURATION.exec(text.trim());
  if (duration !== null) return new Date(now - Number(duration[1]) * (UNIT_MS[duration[2] as string] as number));
  const parsed = Date.parse(text);
  if (/^\d{4}-\d{2}-\d{2}/.test(text) && !Number.isNaN(parsed)) return new Date(parsed);
  throw CliError.usage(`${flag}: '${text}' is neither a duration (30m, 36h, 7d) nor an ISO date (2026-01-31T12:00Z).`);
}

/** A positive integer flag value; a usage error otherwise. */
export function parsePositiveInt(text: string, flag: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0) throw CliError.usage(`${flag}: '${text}' is not a positive integer.`);
  return value;
}

/** A duration in milliseconds as `1h 4m`, `12s` or `350ms`. */
export function formatAge(ms: number): string {
  if (ms < 1_000) return `${Math.round(ms)}ms`;
  const parts: string[] = [];
  let rest = Math.floor(ms / 1_000);
  for (const [unit, size] of [
    ['d', 86_400],
    ['h', 3_600],
    ['m', 60],
    ['s', 1],
  ] as const) {
    if (rest >= size) {
      parts.push(`${Math.floor(rest / size)}${unit}`);
      rest %= size;
    }
  }
  return parts.slice(0, 2).join(' ');
}
