import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { FastifyInstance } from 'fastify';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves the web pages from `roots` (first match wins) for every GET the API does not answer; a folder
 * answers with its `index.html`. Paths cannot climb out of a root. Small on purpose: pages need nothing more.
 */
export function serveStaticFiles(app: FastifyInstance, roots: readonly string[]): void {
  const absolute = roots.map((root) => resolve(root));
  app.get('/*', async (request, reply) => {
    const path = decodeURIComponent(request.url.split('?')[0] ?? '/');
    for (const root of absolute) {
      const file = await findFile(root, path);
      if (file === undefined) continue;
      const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
      return reply.header('content-type', type).header('cache-control', 'no-cache').send(createReadStream(file));
    }
    return reply.callNotFound();
  });
}

async function findFile(root: string, urlPath: string): Promise<string | undefined> {
  const candidate = resolve(join(root, urlPath));
  if (candidate !== root && !candidate.startsWith(root + sep)) return undefined;
  const info = await stat(candidate).catch(() => undefined);
  if (info?.isFile()) return candidate;
  if (info?.isDirectory()) {
    const index = join(candidate, 'index.html');
    if ((await stat(index).catch(() => undefined))?.isFile()) return index;
  }
  return undefined;
}
