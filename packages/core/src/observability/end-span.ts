import { SpanStatusCode, type Span } from '@opentelemetry/api';
import { TelemetryAttributes } from './telemetry-attributes.js';

/** Ends a span with its outcome, and with the error recorded when there was one. */
export function endSpan(span: Span, outcome: string, error?: unknown): void {
  if (span.isRecording()) {
    span.setAttribute(TelemetryAttributes.outcome, outcome);
    if (error !== undefined) {
      span.recordException(error instanceof Error ? error : String(error));
      span.setAttribute(TelemetryAttributes.errorType, errorTypeOf(error));
      span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
    }
  }
  span.end();
}

/** A low-cardinality name for an error: its stable code, or its class name. */
export function errorTypeOf(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' ? code : error.name;
  }
  return typeof error;
}
