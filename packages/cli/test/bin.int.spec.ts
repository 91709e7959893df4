import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { build } from 'esbuild';

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const sources = (name: string): string => join(packageRoot, '..', name, 'src', 'index.ts');

describe('the glia bin', () => {
  const work = mkdtempSync(join(tmpdir(), 'glia-bin-'));
  // In the package's node_modules, so that the external drivers resolve from there.
  const bin = join(packageRoot, 'node_modules', '.cache', 'glia-test', `glia-${process.pid}.mjs`);

  beforeAll(async () => {
    mkdirSync(dirname(bin), { recursive: true });
    await build({
      entryPoints: [join(packageRoot, 'src', 'bin.ts')],
      outfile: bin,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      external: ['pg', '@electric-sql/pglite'],
      alias: {
        '@glia/core': sources('core'),
        '@glia/postgres': sources('postgres'),
        '@glia/rabbitmq': sources('rabbitmq'),
      },
      banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
      tsconfigRaw: { compilerOptions: { experimentalDecorators: true } },
      logLevel: 'error',
    });
  }, 60_000);
  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
    rmSync(bin, { force: true });
  });

  const glia = (...args: string[]) =>
    spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '' } });

  it('runs as a process: migrates a PGlite directory, reports its status, and exits non-zero on a bad flag', () => {
    const dir = join(work, 'data');
    expect(glia('migrate', '--database', dir)).toMatchObject({
      status: 0,
      stdout: expect.stringContaining('Applied migrations'),
    });
    expect(glia('outbox', 'status', '--database', dir)).toMatchObject({
      status: 0,
      stdout: 'No deliveries.\n\nIntegration events: all sent.\n',
    });
    const bad = glia('outbox', 'status', '--database', dir, '--bogus');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("unknown option '--bogus'");
  }, 60_000);
});
