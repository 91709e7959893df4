import { randomUUID } from 'node:crypto';
import { context as otelContext, trace } from '@opentelemetry/api';
import { HandlerNotFoundError } from '../errors/handler-not-found.error.js';
import { ValidationError } from '../errors/validation.error.js';
import type { ScopeFactory } from '../di/scope-factory.js';
import type { MessageContext } from './message-context.js';
import type { CommandDefinition, InputOf, MessageDefinition, QueryDefinition, ResultOf } from './message-definition.js';
import type { MessageHandlerRegistration, MessageHandlerRegistry } from './message-handler-registry.js';
import type { Scope } from '../di/scope.js';
import type { PipelineBehavior, PipelineBehaviorClass } from './pipeline-behavior.js';
import { UnitOfWorkBehavior } from './unit-of-work.behavior.js';
import { endSpan } from '../observability/end-span.js';
import { globalTelemetry, type GliaTelemetry } from '../observability/glia-telemetry.js';
import { TelemetryAttributes as A } from '../observability/telemetry-attributes.js';
import { contextFromTraceContext, traceContextOf } from '../observability/trace-context.js';

/** Ids a caller may pass along with a message, e.g. from an HTTP request. */
export type SendOptions = {
  /** Id of this message; generated when absent. */
  readonly messageId?: string;
  /** Correlation id of the original request; generated when absent. */
  readonly correlationId?: string;
  /** W3C `traceparent` of the caller (an HTTP request's header); the active span's context when absent. */
  readonly traceparent?: string;
  /** W3C `tracestate` that came with `traceparent`. */
  readonly tracestate?: string;
};

/**
 * Sends commands and queries to their handlers: validates the input against the definition's schema
 * (nothing runs on bad input), opens a scope, runs the pipeline behaviours around the handler, and
 * for commands commits the scope's unit of work once.
 */
export class Mediator {
  /** Created by `createGlia`; resolve it from the container. */
  constructor(
    private readonly scopes: ScopeFactory,
    private readonly registry: MessageHandlerRegistry,
    private readonly behaviors: readonly PipelineBehaviorClass[],
    private readonly telemetry: GliaTelemetry = globalTelemetry,
  ) {}

  /** Executes a command and commits its unit of work; resolves with the handler's result. */
  send<D extends CommandDefinition>(command: D, input: InputOf<D>, options?: SendOptions): Promise<ResultOf<D>> {
    return this.execute(command, input, options) as Promise<ResultOf<D>>;
  }

  /** Answers a query; nothing is committed. */
  query<D extends QueryDefinition>(query: D, input: InputOf<D>, options?: SendOptions): Promise<ResultOf<D>> {
    return this.execute(query, input, options) as Promise<ResultOf<D>>;
  }

  private async execute(definition: MessageDefinition, input: unknown, options: SendOptions = {}): Promise<unknown> {
    const registration = this.registry.get(definition.kind, definition.type);
    if (registration === undefined) throw new HandlerNotFoundError(definition.kind, definition.type);
    const parsed = definition.schema.safeParse(input);
    if (!parsed.success) throw ValidationError.fromZod(`${definition.kind} '${definition.type}'`, parsed.error);
    const messageId = options.messageId ?? randomUUID();
    const correlationId = options.correlationId ?? messageId;
    const parent = options.traceparent === undefined ? otelContext.active() : contextFromTraceContext(options);
    const span = this.telemetry.tracer.startSpan(`${definition.kind} ${definition.type}`, {}, parent);
    if (span.isRecording()) {
      span.setAttributes({
        [A.messageKind]: definition.kind,
        [A.messageType]: definition.type,
        [A.messageId]: messageId,
        [A.correlationId]: correlationId,
      });
    }
    const message: MessageContext = {
      kind: definition.kind,
      type: definition.type,
      messageId,
      correlationId,
      payload: parsed.data,
    };
    const started = performance.now();
    let outcome = 'success';
    try {
      const scope = this.scopes.open({ correlationId, causationId: messageId, ...traceContextOf(span) });
      return await otelContext.with(trace.setSpan(parent, span), () => this.run(scope, registration, message));
    } catch (error) {
      outcome = 'error';
      endSpan(span, outcome, error);
      throw error;
    } finally {
      if (outcome === 'success') endSpan(span, outcome);
      const { instruments } = this.telemetry;
      const attributes = instruments.attributes(A.messageType, definition.type, outcome, definition.kind);
      instruments.messages.add(1, attributes);
      instruments.messageDuration.record((performance.now() - started) / 1000, attributes);
    }
  }

  private run(scope: Scope, registration: MessageHandlerRegistration, message: MessageContext): Promise<unknown> {
    const handler = scope.get(registration.handlerClass);
    const pipeline: PipelineBehavior[] = [
      ...this.behaviors.map((b) => scope.get<PipelineBehavior>(b)),
      scope.get(UnitOfWorkBehavior),
    ];
    const run = (index: number): Promise<unknown> => {
      const behavior = pipeline[index];
      if (behavior === undefined) return handler.execute(message.payload, message);
      return behavior.handle(message, () => run(index + 1));
    };
    return run(0);
  }
}
