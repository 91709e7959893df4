import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Where the web pages are: `web/public` next to the running code (`src/` in tests, `dist/` when
 * built, if the build copies them) and the sources' `src/web/public`, so pages work without a build.
 */
export function defaultStaticRoots(): string[] {
  const candidates = [new URL('../web/public/', import.meta.url), new URL('../../src/web/public/', import.meta.url)];
  const roots = candidates.map((url) => fileURLToPath(url)).filter((path) => existsSync(path));
  return [...new Set(roots)];
}
