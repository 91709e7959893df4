import { ROOT_CONTEXT, SpanKind, trace, type Context, type Link, type Span } from '@opentelemetry/api';
import type { CloudEvent } from '../integration/cloud-event.js';
import { globalTelemetry, type GliaTelemetry } from './glia-telemetry.js';
import { traceOf } from './publish-span.js';
import { TelemetryAttributes as A } from './telemetry-attributes.js';
import { contextFromTraceContext } from './trace-context.js';

/** Where an integration event was received. */
export type ReceiveSpanOptions = {
  /** `messaging.system`, e.g. `rabbitmq`. */
  readonly system: string;
  /** The queue it was taken from. */
  readonly destination: string;
  /** `receive` for a transport taking a message, `process` for a handler running it. */
  readonly operation?: 'receive' | 'process';
  /** The consumer's name. */
  readonly consumer?: string;
  /**
   * The parent, e.g. the transport's `receive` span for a `process` span; the span then links to the
   * trace the event carries. The event's trace is the parent when absent.
   */
  readonly parent?: Span;
  /** Glia's telemetry; the global providers when absent. */
  readonly telemetry?: GliaTelemetry;
};

/**
 * Starts the consumer span of one received integration event: a child of `parent` when given, linked
 * to the trace the event carries (`traceparent`, even from another process), as the messaging
 * semantic conventions ask of a `process` span under a `receive` span; a child of that trace
 * otherwise. End it with `endSpan`.
 */
export function startReceiveSpan(event: CloudEvent, options: ReceiveSpanOptions): Span {
  const telemetry = options.telemetry ?? globalTelemetry;
  const operation = options.operation ?? 'receive';
  const creation = contextFromTraceContext(traceOf(event));
  const parent = options.parent === undefined ? creation : trace.setSpan(ROOT_CONTEXT, options.parent);
  const span = telemetry.tracer.startSpan(
    `${operation} ${options.destination}`,
    { kind: SpanKind.CONSUMER, ...linkTo(creation, parent) },
    parent,
  );
  if (span.isRecording()) {
    span.setAttributes({
      [A.messagingSystem]: options.system,
      [A.operationType]: operation,
      [A.destination]: options.destination,
      [A.messageId]: event.id,
      [A.eventType]: event.type,
      ...(options.consumer !== undefined && { [A.consumerGroup]: options.consumer }),
      ...(typeof event.correlationid === 'string' && { [A.conversationId]: event.correlationid }),
    });
  }
  return span;
}

// A link only when the parent is not the producer's context already: a link to one's parent says nothing.
function linkTo(creation: Context, parent: Context): { links?: Link[] } {
  if (parent === creation) return {};
  const producer = trace.getSpanContext(creation);
  if (producer === undefined || producer.spanId === trace.getSpanContext(parent)?.spanId) return {};
  return { links: [{ context: producer }] };
}

/** Records how long after its `time` an event was received (the consumer's lag); receivers call it. */
export function recordConsumerLag(
  event: CloudEvent,
  consumer: string,
  telemetry: GliaTelemetry = globalTelemetry,
): void {
  if (event.time === undefined) return;
  const lag = Math.max(0, (Date.now() - Date.parse(event.time)) / 1000);
  telemetry.instruments.consumerLag.record(lag, telemetry.instruments.attributes(A.consumer, consumer));
}

/** Counts one message moved to a dead-letter queue; transports call it. */
export function recordDeadLetter(
  destination: string,
  reason: string,
  telemetry: GliaTelemetry = globalTelemetry,
): void {
  telemetry.instruments.deadLetters.add(1, telemetry.instruments.attributes(A.destination, destination, reason));
}
