import { existsSync, readFileSync } from 'node:fs';
import type { Section } from './section.js';

const LATEST = new URL('../../results/latest.json', import.meta.url);

/**
 * The sections of the last full run (`bench/results/latest.json`, if there is one) with `fresh` in
 * place of those with the same id, in the old order, new ones last: `--only` refreshes part of a report.
 * Adds the server versions of the last run to `servers` where this run did not probe them.
 */
export function mergeIntoLatest(fresh: readonly Section[], servers: Record<string, string>): readonly Section[] {
  if (!existsSync(LATEST)) return fresh;
  const latest = JSON.parse(readFileSync(LATEST, 'utf8')) as {
    sections?: Section[];
    machine?: { servers?: Record<string, string> };
  };
  // Versions of servers only the kept sections talked to still belong on the page.
  for (const [name, version] of Object.entries(latest.machine?.servers ?? {})) servers[name] ??= version;
  const previous = latest.sections ?? [];
  const byId = new Map(fresh.map((section) => [section.id, section]));
  const merged = previous.map((section) => byId.get(section.id) ?? section);
  const kept = new Set(previous.map((section) => section.id));
  return [...merged, ...fresh.filter((section) => !kept.has(section.id))];
}
