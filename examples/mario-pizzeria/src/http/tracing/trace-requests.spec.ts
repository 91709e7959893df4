import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { context as otelContext, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import Fastify from 'fastify';
import type { DestinationStream } from 'pino';
import { createPizzeriaLog } from '../../logging/create-pizzeria-log.js';
import { apiUnderTest } from '../testing/api-under-test.js';
import { traceRequests } from './trace-requests.js';

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const CALLER_SPAN_ID = '00f067aa0ba902b7';
const traceparent = `00-${TRACE_ID}-${CALLER_SPAN_ID}-01`;
const order = {
  customer: { name: 'Luigi', email: 'luigi@example.com' },
  items: [{ pizzaId: 'margherita', size: 'M' }],
};

// What an OpenTelemetry SDK sets up in a service: a tracer provider and an async context manager.
const exporter = new InMemorySpanExporter();
const contextManager = new AsyncLocalStorageContextManager();
beforeAll(() => {
  otelContext.setGlobalContextManager(contextManager.enable());
  trace.setGlobalTracerProvider(new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }));
});
afterAll(() => {
  trace.disable();
  otelContext.disable();
});

type Api = Awaited<ReturnType<typeof apiUnderTest>>;
let api: Api | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
  exporter.reset();
});

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
const spansNamed = (name: string) => exporter.getFinishedSpans().filter((s) => s.name === name);

describe('the HTTP server span', () => {
  it("continues the caller's trace, named after the route, and the command runs inside it", async () => {
    api = await apiUnderTest();
    exporter.reset(); // the seed's commands are not this request's
    const response = await post(`${api.baseUrl}/api/orders`, order, { traceparent, 'user-agent': 'trace-test' });
    expect(response.status).toBe(201);

    const [server] = spansNamed('POST /api/orders');
    expect(server?.kind).toBe(SpanKind.SERVER);
    expect(server?.spanContext().traceId).toBe(TRACE_ID);
    expect(server?.parentSpanContext?.spanId).toBe(CALLER_SPAN_ID);
    expect(server?.attributes).toMatchObject({
      'http.request.method': 'POST',
      'http.route': '/api/orders',
      'url.path': '/api/orders',
      'url.scheme': 'http',
      'server.address': '127.0.0.1',
      'user_agent.original': 'trace-test',
      'http.response.status_code': 201,
    });
    expect(server?.status.code).toBe(SpanStatusCode.UNSET);
    const [command] = spansNamed('command pizzeria.orders.PlaceOrder');
    expect(command?.spanContext().traceId).toBe(TRACE_ID);
    expect(command?.parentSpanContext?.spanId).toBe(server?.spanContext().spanId);
  });

  it('names the route pattern, not the path, and leaves a 4xx unmarked', async () => {
    api = await apiUnderTest();
    const response = await fetch(`${api.baseUrl}/api/orders/no-such-order`);
    expect(response.status).toBe(404);
    const [server] = spansNamed('GET /api/orders/:orderId');
    expect(server?.attributes).toMatchObject({
      'http.route': '/api/orders/:orderId',
      'http.response.status_code': 404,
    });
    expect(server?.status.code).toBe(SpanStatusCode.UNSET);
    expect(server?.parentSpanContext).toBeUndefined(); // no traceparent: a trace of its own
  });

  it('marks a 5xx as an error, with its error type', async () => {
    const app = Fastify();
    traceRequests(app);
    app.get('/boom', async () => {
      throw Object.assign(new Error('the oven exploded'), { code: 'OVEN.EXPLODED' });
    });
    try {
      const response = await fetch(`${await app.listen({ port: 0, host: '127.0.0.1' })}/boom`);
      expect(response.status).toBe(500);
    } finally {
      await app.close();
    }
    const [server] = spansNamed('GET /boom');
    expect(server?.status.code).toBe(SpanStatusCode.ERROR);
    expect(server?.attributes).toMatchObject({ 'http.response.status_code': 500, 'error.type': 'OVEN.EXPLODED' });
    expect(server?.events.map((e) => e.name)).toEqual(['exception']);
  });

  it("writes fastify's request lines with the correlation id and the trace id", async () => {
    const lines: Array<Record<string, unknown>> = [];
    const destination: DestinationStream = { write: (line: string) => void lines.push(JSON.parse(line)) };
    api = await apiUnderTest({ log: createPizzeriaLog({ level: 'info', destination }) });
    expect((await post(`${api.baseUrl}/api/orders`, order, { traceparent })).status).toBe(201);
    const completed = lines.find((l) => l['msg'] === 'request completed');
    expect(completed).toMatchObject({ traceId: TRACE_ID, correlationId: expect.any(String) });
    const incoming = lines.find((l) => l['msg'] === 'incoming request');
    expect(incoming?.['correlationId']).toBe(completed?.['correlationId']);
    // The command went with the same correlation id: logs and trace meet on it.
    const [command] = spansNamed('command pizzeria.orders.PlaceOrder');
    expect(command?.attributes['glia.correlation_id']).toBe(completed?.['correlationId']);
  });
});
