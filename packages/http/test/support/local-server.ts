import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A real `node:http` server on 127.0.0.1, for tests. */
export type LocalServer = {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
};

/** Listens on 127.0.0.1 (port 0: any free port) until closed. */
export async function startServer(listener: RequestListener, port = 0): Promise<LocalServer> {
  const server: Server = createServer(listener);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const bound = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${bound}/events`,
    port: bound,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A request as a sink saw it. */
export type CapturedRequest = { readonly headers: Record<string, string>; readonly body: string };

/** A listener that records each request and answers with `answer(n)` (n counts from 1). */
export function recordingSink(
  answer: (n: number) => { status: number; headers?: Record<string, string> } = () => ({ status: 202 }),
): { listener: RequestListener; requests: CapturedRequest[] } {
  const requests: CapturedRequest[] = [];
  const listener: RequestListener = (request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      requests.push({
        headers: Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k, String(v)])),
        body: Buffer.concat(chunks).toString('utf8'),
      });
      const { status, headers = {} } = answer(requests.length);
      response.writeHead(status, headers).end();
    });
  };
  return { listener, requests };
}
