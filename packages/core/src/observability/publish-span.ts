import { SpanKind, type Span } from '@opentelemetry/api';
import type { CloudEvent } from '../integration/cloud-event.js';
import { globalTelemetry, type GliaTelemetry } from './glia-telemetry.js';
import { TelemetryAttributes as A } from './telemetry-attributes.js';
import { contextFromTraceContext } from './trace-context.js';

/** Where an integration event is published. */
export type PublishSpanOptions = {
  /** `messaging.system`, e.g. `rabbitmq`. */
  readonly system: string;
  /** The exchange or topic, e.g. `pizzeria.events`. */
  readonly destination?: string;
  /** Glia's telemetry; the global providers when absent. */
  readonly telemetry?: GliaTelemetry;
};

/**
 * Starts the producer span of one integration event, a child of the trace the event carries
 * (`traceparent`). Transports and relays call it around a publish and end it with `endSpan`.
 */
export function startPublishSpan(event: CloudEvent, options: PublishSpanOptions): Span {
  const { tracer } = options.telemetry ?? globalTelemetry;
  const name = `send ${options.destination ?? event.type}`;
  const span = tracer.startSpan(name, { kind: SpanKind.PRODUCER }, contextFromTraceContext(traceOf(event)));
  if (span.isRecording()) {
    span.setAttributes({
      [A.messagingSystem]: options.system,
      [A.operationType]: 'send',
      [A.operationName]: 'publish',
      [A.messageId]: event.id,
      [A.eventType]: event.type,
      ...(options.destination !== undefined && { [A.destination]: options.destination }),
      ...(typeof event.correlationid === 'string' && { [A.conversationId]: event.correlationid }),
    });
  }
  return span;
}

/** The Distributed Tracing extension attributes of a CloudEvent, if it has them. */
export function traceOf(event: CloudEvent): { traceparent?: string; tracestate?: string } {
  const { traceparent, tracestate } = event;
  return {
    ...(typeof traceparent === 'string' && { traceparent }),
    ...(typeof tracestate === 'string' && { tracestate }),
  };
}
