import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CloudEventsHttpResponse } from './cloud-events-http-response.js';
import type { HttpCloudEventsReceiver } from './http-cloud-events-receiver.js';
import { tooLarge } from './internal/replies.js';

/** A `node:http` request listener (also usable as Express or Connect middleware at the end of a chain). */
export type NodeCloudEventsHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

/**
 * Adapts a receiver to `node:http`: `http.createServer(nodeCloudEventsHandler(receiver))`. Only POST
 * is accepted (405 otherwise); the body is read up to the receiver's limit and no further (413).
 */
export function nodeCloudEventsHandler(receiver: HttpCloudEventsReceiver): NodeCloudEventsHandler {
  return async (request, response) => {
    if (request.method !== 'POST') {
      send(response, {
        status: 405,
        headers: { allow: 'POST' },
        body: { error: { code: 'GLIA.METHOD_NOT_ALLOWED', message: 'Send CloudEvents with POST.' } },
      });
      request.resume();
      return;
    }
    try {
      const body = await readBody(request, receiver.maxBodyBytes);
      if (body === undefined) {
        send(response, tooLarge(receiver.maxBodyBytes));
        return;
      }
      send(response, await receiver.receiveCloudEvents({ headers: request.headers, body }));
    } catch (error) {
      if (!response.headersSent) {
        send(response, {
          status: 500,
          headers: {},
          body: { error: { code: 'GLIA.RECEIVE_FAILED', message: (error as Error).message } },
        });
      }
    }
  };
}

// Undefined once the body passes `limit`: the rest is drained, not buffered, and the connection closed.
function readBody(request: IncomingMessage, limit: number): Promise<Uint8Array | undefined> {
  if (Number(request.headers['content-length'] ?? 0) > limit) {
    request.resume();
    return Promise.resolve(undefined);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        resolve(undefined);
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(size > limit ? undefined : Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, answer: CloudEventsHttpResponse): void {
  const text = JSON.stringify(answer.body);
  response.writeHead(answer.status, {
    ...answer.headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}
