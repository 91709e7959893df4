import { errorTypeOf } from '@glia/core';
import {
  context as otelContext,
  isSpanContextValid,
  SpanKind,
  SpanStatusCode,
  trace,
  type Attributes,
  type Context,
  type Span,
  type Tracer,
} from '@opentelemetry/api';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { extractTraceContext } from './extract-trace-context.js';

/** The instrumentation scope of the pizzeria's HTTP server spans. */
export const HTTP_INSTRUMENTATION_SCOPE = '@glia/example-mario-pizzeria/http';

/** What `traceRequests` gives the route handlers. */
export type RequestTracing = {
  /** The context to run `request`'s handler in: its server span's (the active context if it has none). */
  contextOf(request: FastifyRequest): Context;
};

type TracedRequest = { readonly span: Span; readonly context: Context; error?: unknown };

// HTTP semantic conventions (stable), https://opentelemetry.io/docs/specs/semconv/http/http-spans/.
const KNOWN_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'CONNECT', 'OPTIONS', 'TRACE', 'PATCH']);

/**
 * Opens a SERVER span for every request, named after its route pattern (`POST /api/orders`), as a
 * child of the caller's trace when the request carries one (`traceparent`), and ends it with the
 * response's status. Run handlers in `contextOf(request)`: the commands they send join the trace.
 */
export function traceRequests(
  app: FastifyInstance,
  tracer: Tracer = trace.getTracer(HTTP_INSTRUMENTATION_SCOPE),
): RequestTracing {
  const traced = new WeakMap<FastifyRequest, TracedRequest>();
  app.addHook('onRequest', async (request, reply) => {
    const parent = extractTraceContext(request.headers);
    const route = request.routeOptions.url;
    const name = route === undefined ? request.method : `${request.method} ${route}`;
    const span = tracer.startSpan(name, { kind: SpanKind.SERVER, attributes: requestAttributes(request) }, parent);
    traced.set(request, { span, context: trace.setSpan(parent, span) });
    const spanContext = span.spanContext();
    if (isSpanContextValid(spanContext)) {
      // fastify writes its own lines ("request completed") through these: tie them to the trace too.
      request.log = reply.log = request.log.child({ traceId: spanContext.traceId, spanId: spanContext.spanId });
    }
  });
  app.addHook('onError', async (request, _reply, error) => {
    const entry = traced.get(request);
    if (entry !== undefined) entry.error = error;
  });
  app.addHook('onResponse', async (request, reply) => end(request, reply.statusCode));
  app.addHook('onRequestAbort', async (request) => end(request, undefined));

  function end(request: FastifyRequest, status: number | undefined): void {
    const entry = traced.get(request);
    if (entry === undefined) return;
    traced.delete(request);
    const { span, error } = entry;
    if (status !== undefined) span.setAttribute('http.response.status_code', status);
    // Server spans: a 4xx is the client's mistake, and a closed live stream is no failure; a 5xx is.
    if (status !== undefined && status >= 500) {
      span.setAttribute('error.type', error !== undefined ? errorTypeOf(error) : String(status));
      span.setStatus({ code: SpanStatusCode.ERROR });
      if (error instanceof Error) span.recordException(error);
    }
    span.end();
  }

  return { contextOf: (request) => traced.get(request)?.context ?? otelContext.active() };
}

function requestAttributes(request: FastifyRequest): Attributes {
  const method = KNOWN_METHODS.has(request.method) ? request.method : '_OTHER';
  const attributes: Attributes = {
    'http.request.method': method,
    'url.scheme': request.protocol,
    'url.path': request.url.split('?', 1)[0] ?? request.url,
    'server.address': request.hostname,
    'client.address': request.ip,
    'network.protocol.version': request.raw.httpVersion,
  };
  if (method === '_OTHER') attributes['http.request.method_original'] = request.method;
  if (request.routeOptions.url !== undefined) attributes['http.route'] = request.routeOptions.url;
  if (request.port !== null) attributes['server.port'] = request.port;
  const userAgent = request.headers['user-agent'];
  if (userAgent !== undefined) attributes['user_agent.original'] = userAgent;
  return attributes;
}
