import { describe, expect, it } from '@jest/globals';
import { TraceFlags, trace } from '@opentelemetry/api';
import { contextFromTraceContext, formatTraceparent, parseTraceparent, traceIdOf } from './trace-context.js';

const PARENT = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

describe('W3C trace context', () => {
  it('parses a traceparent and formats it back unchanged, keeping the tracestate', () => {
    const parsed = parseTraceparent(PARENT, 'congo=t61rcWkgMzE');
    expect(parsed).toMatchObject({ traceId: '4bf92f3577b34da6a3ce929d0e0e4736', isRemote: true });
    expect(parsed?.traceFlags).toBe(TraceFlags.SAMPLED);
    expect(parsed?.traceState?.serialize()).toBe('congo=t61rcWkgMzE');
    expect(formatTraceparent(parsed as NonNullable<typeof parsed>)).toBe(PARENT);
  });

  it('rejects malformed, all-zero and version-ff traceparents', () => {
    for (const bad of [
      'garbage',
      '00-00000000000000000000000000000000-00f067aa0ba902b7-01',
      'ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
      `${PARENT}-extra`,
    ]) {
      expect(parseTraceparent(bad)).toBeUndefined();
    }
  });

  it('makes a parent context from a carrier, or the root context when there is none', () => {
    expect(trace.getSpanContext(contextFromTraceContext({ traceparent: PARENT }))?.spanId).toBe('00f067aa0ba902b7');
    expect(trace.getSpanContext(contextFromTraceContext({}))).toBeUndefined();
    expect(traceIdOf(PARENT)).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
  });
});
