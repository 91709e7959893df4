import {
  ProxyTracer,
  ProxyTracerProvider,
  SpanKind,
  context as otelContext,
  trace,
  type Attributes,
  type Tracer,
} from '@opentelemetry/api';
import { ConfigurationError } from '../errors/configuration.error.js';
import { endSpan } from '../observability/end-span.js';
import { globalTelemetry, type GliaTelemetry } from '../observability/glia-telemetry.js';
import { GLIA_MESSAGING_SYSTEM, TelemetryAttributes as A } from '../observability/telemetry-attributes.js';
import { contextFromTraceContext, traceContextOf, type TraceContext } from '../observability/trace-context.js';
import type { Delivery } from '../uow/delivery.js';
import type { DomainEvent } from '../domain/domain-event.js';
import type { Scope } from '../di/scope.js';
import type { ScopeContext } from '../uow/scope-context.js';
import type { DomainEventHandler, Raised } from './domain-event-handler.js';
import type { EventHandlerRegistration, EventHandlerRegistry } from './event-handler-registry.js';
import type { Transaction } from '../uow/transaction.js';

/** Writes that must commit together with the handler's own unit of work (completing a record). */
export type DeliveryCompletion = (tx: Transaction) => Promise<void>;

/**
 * Runs one attempt of one delivery: opens a scope of its own, resolves the handler from it, handles
 * the event, and commits the scope's unit of work. Throws whatever the handler or commit threw.
 */
export class DeliveryRunner {
  /** Creates a runner over the registry and a way to open scopes. */
  constructor(
    private readonly handlers: EventHandlerRegistry,
    private readonly openScope: (context: ScopeContext) => Scope,
    private readonly telemetry: GliaTelemetry = globalTelemetry,
  ) {}

  /** Runs one attempt; `completion`, if given, is written in the same transaction as the handler's changes. */
  async run(delivery: Delivery, completion?: DeliveryCompletion): Promise<void> {
    const registration = this.handlers.get(delivery.handler);
    if (registration === undefined) {
      throw new ConfigurationError(
        'GLIA.UNKNOWN_HANDLER',
        `A delivery names handler '${delivery.handler}', which is not registered in this process.`,
      );
    }
    const { event } = delivery;
    const { tracer } = this.telemetry;
    // No tracer provider: no span to start, no context to enter; the scope still carries the event's trace.
    if (!tracing(tracer)) return this.attempt(registration, delivery, this.scopeFor(event, event), completion);
    // The event carries the trace of the command that raised it, even when it runs in another process.
    const parent = contextFromTraceContext(event);
    const span = tracer.startSpan(`process ${event.eventType}`, { kind: SpanKind.CONSUMER }, parent);
    const recording = span.isRecording();
    if (recording) span.setAttributes(deliveryAttributes(delivery));
    const scope = this.scopeFor(event, recording ? traceContextOf(span) : event);
    const active = trace.setSpan(parent, span);
    try {
      await this.attempt(registration, delivery, scope, completion, (handle) => otelContext.with(active, handle));
      endSpan(span, 'completed');
    } catch (error) {
      endSpan(span, 'failed', error);
      throw error;
    }
  }

  private scopeFor(event: DomainEvent, trace_: TraceContext): Scope {
    return this.openScope({
      correlationId: event.correlationId ?? event.eventId,
      causationId: event.eventId,
      ...(trace_.traceparent !== undefined && { traceparent: trace_.traceparent }),
      ...(trace_.tracestate !== undefined && { tracestate: trace_.tracestate }),
    });
  }

  // Resolves the handler from the scope, handles the event, commits; times and counts it when metered.
  private async attempt(
    registration: EventHandlerRegistration,
    delivery: Delivery,
    scope: Scope,
    completion: DeliveryCompletion | undefined,
    within?: (handle: () => Promise<void>) => Promise<void>,
  ): Promise<void> {
    const { instruments } = this.telemetry;
    const metered = instruments.enabled;
    const started = metered ? performance.now() : 0;
    let outcome = 'completed';
    try {
      let handler: DomainEventHandler;
      try {
        handler = scope.get(registration.handlerClass);
      } catch (error) {
        throw ConfigurationError.unresolvable(registration.name, error);
      }
      // Deliveries are made only for events committed by a unit of work, which aggregates raised.
      const event = delivery.event as Raised<DomainEvent>;
      await (within === undefined ? handler.handle(event) : within(() => handler.handle(event)));
      await this.commit(scope, completion);
      if (metered) instruments.deliveries.add(1, instruments.attributes(A.handler, delivery.handler, outcome));
    } catch (error) {
      outcome = 'failed';
      throw error;
    } finally {
      if (metered) {
        const seconds = (performance.now() - started) / 1000;
        instruments.handlerDuration.record(seconds, instruments.attributes(A.handler, delivery.handler, outcome));
      }
    }
  }

  // Commits the scope's unit of work with the completion, unless the handler committed it itself: then
  // committing again would fail and retry a handler whose changes are saved, so the completion
  // commits on its own (a crash in between redelivers the event, as at-least-once allows).
  private async commit(scope: Scope, completion: DeliveryCompletion | undefined): Promise<void> {
    if (scope.unitOfWork.state !== 'committed') {
      if (completion !== undefined) scope.unitOfWork.enlist(completion);
      await scope.unitOfWork.commit();
    } else if (completion !== undefined) {
      const own = this.openScope(scope.context).unitOfWork;
      own.enlist(completion);
      await own.commit();
    }
  }
}

// What a ProxyTracerProvider delegates to while no SDK is registered.
const NO_TRACER_PROVIDER = new ProxyTracerProvider().getDelegate();

// Glia's default tracer is the global proxy's, which records only once an SDK registers a provider.
function tracing(tracer: Tracer): boolean {
  if (!(tracer instanceof ProxyTracer)) return true;
  const provider = trace.getTracerProvider();
  return !(provider instanceof ProxyTracerProvider) || provider.getDelegate() !== NO_TRACER_PROVIDER;
}

function deliveryAttributes(delivery: Delivery): Attributes {
  const { event } = delivery;
  return {
    [A.messagingSystem]: GLIA_MESSAGING_SYSTEM,
    [A.operationType]: 'process',
    [A.operationName]: 'deliver',
    [A.destination]: delivery.handler,
    [A.messageId]: event.eventId,
    [A.eventType]: event.eventType,
    [A.handler]: delivery.handler,
    [A.attempt]: delivery.attempts + 1,
    'glia.delivery.id': delivery.id,
    ...(event.correlationId !== undefined && { [A.conversationId]: event.correlationId }),
  };
}
