import type { Machine } from './machine.js';
import type { Section } from './section.js';

/** Renders the run as the markdown page committed under `bench/results/latest.md`. */
export function toMarkdown(sections: readonly Section[], machine: Machine, mode: string, date: Date): string {
  const servers = Object.entries(machine.servers).map(([name, version]) => `${name} ${version}`);
  const lines = [
    `# Glia benchmarks (${mode} run)`,
    '',
    `${date.toISOString()} · ${machine.cores} cores (${machine.cpu}) · ${machine.memoryGb} GB · Node ${machine.node} · ` +
      `${machine.platform}${servers.length > 0 ? ` · ${servers.join(' · ')}` : ''}`,
    '',
  ];
  for (const section of sections) {
    lines.push(`## ${section.title}`, '', section.note, '');
    for (const reason of section.skipped ?? []) lines.push(`> **skipped**: ${reason}`, '');
    if (section.rows.length === 0) continue;
    lines.push(`| ${section.columns.join(' | ')} |`, `| ${section.columns.map(() => '---').join(' | ')} |`);
    for (const row of section.rows) lines.push(`| ${row.join(' | ')} |`);
    lines.push('');
  }
  const targets = sections.flatMap((s) => s.targets);
  if (targets.length > 0) {
    lines.push('## Targets', '', '| target | measured | met |', '| --- | --- | --- |');
    for (const t of targets) {
      lines.push(`| ${t.target} | ${t.measured} | ${t.met === undefined ? '–' : t.met ? 'yes' : '**no**'} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
