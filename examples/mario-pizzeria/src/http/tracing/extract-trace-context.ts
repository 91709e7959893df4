import { contextFromTraceContext } from '@glia/core';
import { propagation, ROOT_CONTEXT, type Context } from '@opentelemetry/api';
import type { IncomingHttpHeaders } from 'node:http';

/**
 * The remote parent of a request, read from its headers by the global propagator when one is set
 * (an OpenTelemetry SDK sets one); otherwise from the W3C `traceparent` and `tracestate` headers, the
 * way Glia reads them on messages, so a trace continues even without an SDK-configured propagator.
 */
export function extractTraceContext(headers: IncomingHttpHeaders): Context {
  // The API's default propagator is a no-op, and the only one without any header fields.
  if (propagation.fields().length > 0) return propagation.extract(ROOT_CONTEXT, headers);
  const traceparent = first(headers['traceparent']);
  const tracestate = first(headers['tracestate']);
  return contextFromTraceContext({
    ...(traceparent !== undefined && { traceparent }),
    ...(tracestate !== undefined && { tracestate }),
  });
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
