import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const packageRoot = join(here, '..', '..');

/**
 * Bundles the child entry (TypeScript importing the workspace sources) once, into the package's
 * node_modules/.cache so that `pg` (and any `extra.external`) resolves from there; returns the bundle's path.
 */
export async function bundleChild(
  entry: string,
  extra: { readonly external?: readonly string[]; readonly alias?: Readonly<Record<string, string>> } = {},
): Promise<string> {
  const dir = join(packageRoot, 'node_modules', '.cache', 'glia-test');
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, `child-${randomBytes(4).toString('hex')}.mjs`);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['pg', '@electric-sql/pglite', ...(extra.external ?? [])],
    alias: { '@glia/core': join(packageRoot, '..', 'core', 'src', 'index.ts'), ...extra.alias },
    tsconfigRaw: { compilerOptions: { experimentalDecorators: true } },
    // Minified: the children start hundreds of times, and parsing is most of their start-up.
    minify: true,
    logLevel: 'error',
  });
  return outfile;
}

/** Removes a bundle made by `bundleChild`. */
export function removeBundle(path: string): void {
  rmSync(path, { force: true });
}

/** A running child and the promise of its exit. */
export type Child = { readonly process: ChildProcess; readonly exited: Promise<NodeJS.Signals | number | null> };

/** Starts `node bundle …args`; `ready` resolves when it prints "ready" (or exits). */
export function startChild(bundle: string, args: readonly string[]): Child & { readonly ready: Promise<void> } {
  const child = spawn(process.execPath, [bundle, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
    child.on('exit', (code, signal) => {
      if (code !== 0 && code !== null && stderr !== '') console.error(`child ${child.pid} failed: ${stderr}`);
      resolve(signal ?? code);
    }),
  );
  const ready = new Promise<void>((resolve) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve();
    });
    void exited.then(() => resolve());
  });
  return { process: child, exited, ready };
}
