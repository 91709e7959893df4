// The benchmark runner: `pnpm bench` (full) or `pnpm bench --quick` (smoke test, asserts nothing about speed).
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { commitSuite } from './commit/commit-suite.js';
import { dispatchSuite } from './dispatch/dispatch-suite.js';
import { BenchDatabase } from './durable/bench-database.js';
import { latencySuite } from './latency/latency-suite.js';
import { memorySuite } from './memory/memory-suite.js';
import { parseOptions, wants } from './options.js';
import { relaySuite } from './relay/relay-suite.js';
import { telemetrySuite } from './telemetry/telemetry-suite.js';
import { describeMachine } from './report/machine.js';
import { mergeIntoLatest } from './report/merge-latest.js';
import { toMarkdown } from './report/markdown.js';
import type { Section } from './report/section.js';

const options = parseOptions(process.argv.slice(2));
const mode = options.quick ? 'quick' : 'full';
const sections: Section[] = [];
const servers: Record<string, string> = {};
const started = Date.now();

const suites: Array<[string, () => Promise<Section | undefined>]> = [
  ['dispatch', () => dispatchSuite(options)],
  ['telemetry', () => telemetrySuite(options)],
  ['commit', () => commitSuite(options, servers)],
  ['latency', () => latencySuite(options, servers)],
  ['relay', () => relaySuite(options, servers)],
  ['memory', () => memorySuite(options)],
];

for (const [name, suite] of suites) {
  if (!wants(options, name)) continue;
  const t0 = Date.now();
  process.stdout.write(`running ${name}… `);
  const section = await suite();
  process.stdout.write(`${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
  if (section !== undefined) sections.push(section);
}

await BenchDatabase.closeShared();
// A full run of some suites (`--only`) replaces those sections of the last full results and keeps the rest.
const merged = options.quick || options.only.length === 0 ? sections : mergeIntoLatest(sections, servers);
const machine = describeMachine(servers);
const date = new Date();
const markdown = toMarkdown(merged, machine, mode, date);
const results = new URL('../results/', import.meta.url);
mkdirSync(results, { recursive: true });
// Quick runs are smoke tests: they must not overwrite the committed figures of the last full run.
const name = options.quick ? 'quick' : 'latest';
writeFileSync(new URL(`${name}.md`, results), `${markdown}\n`);
writeFileSync(
  new URL(`${name}.json`, results),
  `${JSON.stringify({ mode, date, seconds: (Date.now() - started) / 1000, machine, sections: merged }, null, 2)}\n`,
);
process.stdout.write(`\n${markdown}\n`);
