// `pnpm bench [--quick] [--only=dispatch,memory]`: compiles the packages and the benchmarks with tsc (the
// same JavaScript users get, decorator metadata included), then runs them in a fresh Node process.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsc = fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url));
const prettier = fileURLToPath(new URL('../node_modules/prettier/bin/prettier.cjs', import.meta.url));
const quick = process.argv.includes('--quick');

function step(args) {
  const { status, signal } = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (status !== 0) {
    console.error(`bench: \`node ${args.join(' ')}\` failed (${signal ?? `exit ${status}`})`);
    process.exit(status ?? 1);
  }
}

step([tsc, '-b', 'bench/tsconfig.json']);
step(['--expose-gc', '--no-warnings', 'bench/dist/run.js', ...process.argv.slice(2)]);
// The committed page must pass `pnpm format:check` as written.
step([prettier, '--log-level=warn', '--write', `bench/results/${quick ? 'quick' : 'latest'}.md`]);
