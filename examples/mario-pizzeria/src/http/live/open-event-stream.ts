import type { FastifyReply, FastifyRequest } from 'fastify';
import type { EventHub } from './event-hub.js';
import type { LiveEvent } from './live-event.js';

/** How one server-sent-event stream is opened. */
export type EventStreamOptions = {
  /** The hub it subscribes to. */
  readonly hub: EventHub;
  /** True for the events this stream carries. */
  readonly accepts: (event: LiveEvent) => boolean;
  /** How often a comment line keeps proxies and browsers from closing an idle connection. */
  readonly heartbeatMs: number;
};

/**
 * Turns the reply into a `text/event-stream`: each accepted event is one SSE message (`id` = event id,
 * `data` = the event as JSON), a `: heartbeat` comment is written while idle, and the subscription and
 * the timer are dropped as soon as the client disconnects.
 */
export function openEventStream(request: FastifyRequest, reply: FastifyReply, options: EventStreamOptions): void {
  reply.hijack();
  const res = reply.raw;
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  // The first line tells the client how long to wait before reconnecting, and flushes the headers.
  res.write('retry: 2000\n: connected\n\n');
  const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), options.heartbeatMs);
  heartbeat.unref();
  const unsubscribe = options.hub.subscribe({
    accepts: options.accepts,
    send: (event) => {
      res.write(`id: ${event.eventId}\ndata: ${JSON.stringify(event)}\n\n`);
    },
    end: () => {
      cleanUp();
      res.end();
    },
  });
  const cleanUp = () => {
    clearInterval(heartbeat);
    unsubscribe();
  };
  request.raw.on('close', cleanUp);
  res.on('error', cleanUp);
}
