// Types only: fastify stays an optional peer, never loaded by this package.
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { CloudEventsHttpResponse } from './cloud-events-http-response.js';
import type { HttpCloudEventsReceiver } from './http-cloud-events-receiver.js';
import { tooLarge } from './internal/replies.js';

/** Options of the fastify plugin. */
export type FastifyCloudEventsOptions = {
  /** The receiver requests go to. */
  readonly receiver: HttpCloudEventsReceiver;
  /** The route, relative to the plugin's prefix. Default `/`. */
  readonly path?: string;
};

/**
 * A fastify plugin with one POST route for CloudEvents:
 * `app.register(fastifyCloudEvents, { receiver, prefix: '/events' })`. Inside the plugin (encapsulated,
 * so the rest of the app keeps its parsers) every body is read raw, up to the receiver's limit.
 */
export const fastifyCloudEvents: FastifyPluginAsync<FastifyCloudEventsOptions> = async (app, options) => {
  const { receiver } = options;
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: receiver.maxBodyBytes }, (_request, body, done) =>
    done(null, body),
  );
  app.setErrorHandler(async (error: { statusCode?: number }, _request, reply) => {
    if (error.statusCode === 413) return send(reply, tooLarge(receiver.maxBodyBytes));
    throw error;
  });
  app.post(options.path ?? '/', { bodyLimit: receiver.maxBodyBytes }, async (request, reply) => {
    const body = request.body instanceof Uint8Array ? request.body : undefined;
    return send(reply, await receiver.receiveCloudEvents({ headers: request.headers, body }));
  });
};

function send(reply: FastifyReply, answer: CloudEventsHttpResponse): FastifyReply {
  return reply.code(answer.status).headers(answer.headers).type('application/json; charset=utf-8').send(answer.body);
}
