import { randomUUID } from 'node:crypto';
import { HandlerNotFoundError } from '../errors/handler-not-found.error.js';
import { ValidationError } from '../errors/validation.error.js';
import type { ScopeFactory } from '../di/scope-factory.js';
import type { MessageContext } from './message-context.js';
import type { CommandDefinition, InputOf, MessageDefinition, QueryDefinition, ResultOf } from './message-definition.js';
import type { MessageHandlerRegistry } from './message-handler-registry.js';
import type { PipelineBehavior, PipelineBehaviorClass } from './pipeline-behavior.js';
import { UnitOfWorkBehavior } from './unit-of-work.behavior.js';

/** Ids a caller may pass along with a message, e.g. from an HTTP request. */
export type SendOptions = {
  /** Id of this message; generated when absent. */
  readonly messageId?: string;
  /** Correlation id of the original request; generated when absent. */
  readonly correlationId?: string;
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
    const scope = this.scopes.open({ correlationId: options.correlationId ?? messageId, causationId: messageId });
    const message: MessageContext = {
      kind: definition.kind,
      type: definition.type,
      messageId,
      correlationId: scope.context.correlationId,
      payload: parsed.data,
    };
    const handler = scope.get(registration.handlerClass);
    const pipeline: PipelineBehavior[] = [
      ...this.behaviors.map((b) => scope.get<PipelineBehavior>(b)),
      scope.get(UnitOfWorkBehavior),
    ];
    const run = (index: number): Promise<unknown> => {
      const behavior = pipeline[index];
      if (behavior === undefined) return handler.execute(parsed.data, message);
      return behavior.handle(message, () => run(index + 1));
    };
    return run(0);
  }
}
