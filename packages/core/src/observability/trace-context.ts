import {
  ROOT_CONTEXT,
  TraceFlags,
  createTraceState,
  isSpanContextValid,
  trace,
  type Context,
  type Span,
  type SpanContext,
} from '@opentelemetry/api';

/** W3C trace context as it travels with a message: stored on events, carried by CloudEvents. */
export type TraceContext = {
  /** `00-<trace id>-<span id>-<flags>`, per W3C Trace Context. */
  readonly traceparent?: string;
  /** Vendor-specific trace state, passed along untouched. */
  readonly tracestate?: string;
};

const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?$/;

/** Formats a span context as a `traceparent`; undefined for an invalid (non-sampled no-op) context. */
export function formatTraceparent(spanContext: SpanContext): string | undefined {
  if (!isSpanContextValid(spanContext)) return undefined;
  const flags = (spanContext.traceFlags & TraceFlags.SAMPLED).toString(16).padStart(2, '0');
  return `00-${spanContext.traceId}-${spanContext.spanId}-${flags}`;
}

/** Parses a `traceparent` (and `tracestate`) into a remote span context; undefined if malformed. */
export function parseTraceparent(traceparent: string | undefined, tracestate?: string): SpanContext | undefined {
  if (traceparent === undefined) return undefined;
  const match = TRACEPARENT.exec(traceparent.trim());
  if (match === null) return undefined;
  const [, version, traceId, spanId, flags, rest] = match;
  // Version ff is forbidden; version 00 has nothing after the flags.
  if (version === 'ff' || (version === '00' && rest !== undefined)) return undefined;
  const spanContext: SpanContext = {
    traceId: traceId as string,
    spanId: spanId as string,
    traceFlags: Number.parseInt(flags as string, 16) & TraceFlags.SAMPLED,
    isRemote: true,
    ...(tracestate !== undefined && tracestate !== '' && { traceState: createTraceState(tracestate) }),
  };
  return isSpanContextValid(spanContext) ? spanContext : undefined;
}

/** A context whose parent is the given trace context; the root context when there is none. */
export function contextFromTraceContext(carrier: TraceContext | undefined): Context {
  const spanContext = parseTraceparent(carrier?.traceparent, carrier?.tracestate);
  return spanContext === undefined ? ROOT_CONTEXT : trace.setSpanContext(ROOT_CONTEXT, spanContext);
}

/** The trace context of a span, to store or send; empty for a no-op span outside any trace. */
export function traceContextOf(span: Span): TraceContext {
  const spanContext = span.spanContext();
  const traceparent = formatTraceparent(spanContext);
  if (traceparent === undefined) return {};
  const tracestate = spanContext.traceState?.serialize();
  return tracestate === undefined || tracestate === '' ? { traceparent } : { traceparent, tracestate };
}

/** The trace id inside a `traceparent`, for log lines. */
export function traceIdOf(traceparent: string | undefined): string | undefined {
  return traceparent === undefined ? undefined : TRACEPARENT.exec(traceparent)?.[2];
}
