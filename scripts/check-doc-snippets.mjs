// Checks that every code block in the docs that names its source is a verbatim copy of that source,
// so the docs cannot drift from the examples `pnpm typecheck` compiles. A quoted block is preceded by
//   <!-- snippet: docs/examples/mediator.example.ts#region-name -->
// and the named file holds the same lines between `// #region region-name` and `// #endregion`.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const pages = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];
const marker = /<!-- snippet: (\S+?)#([\w-]+) -->\s*\n```\w*\n([\s\S]*?)```/g;
const problems = [];
let checked = 0;

function region(file, name) {
  const text = readFileSync(join(root, file), 'utf8');
  const start = text.indexOf(`// #region ${name}\n`);
  const end = text.indexOf(`// #endregion ${name}`, start);
  if (start < 0 || end < 0) return undefined;
  return text.slice(start + `// #region ${name}\n`.length, end).replace(/^\n+|\s+$/g, '');
}

for (const page of pages) {
  const text = readFileSync(join(root, page), 'utf8');
  for (const [, file, name, quoted] of text.matchAll(marker)) {
    checked += 1;
    const source = region(file, name);
    if (source === undefined) problems.push(`${page}: ${file} has no region '${name}'`);
    else if (source !== quoted.replace(/^\n+|\s+$/g, ''))
      problems.push(`${page}: the quote of ${file}#${name} differs from the file`);
  }
}

if (problems.length > 0) {
  console.error(`Doc snippets out of date:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`doc snippets: ${checked} quoted regions match their sources`);
