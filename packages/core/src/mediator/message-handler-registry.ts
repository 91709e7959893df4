import { ConfigurationError } from '../errors/configuration.error.js';
import { handledMessageOf, type MessageHandlerClass } from './handles-message.decorator.js';
import type { MessageDefinition, MessageKind } from './message-definition.js';

/** One registered command or query handler. */
export type MessageHandlerRegistration = {
  /** The definition it handles. */
  readonly definition: MessageDefinition;
  /** The class resolved from the scope for each message. */
  readonly handlerClass: MessageHandlerClass;
};

/** Which class handles which command or query: one handler per type, duplicates refused. */
export class MessageHandlerRegistry {
  private readonly byType = new Map<string, MessageHandlerRegistration>();

  /** Registers a handler from its decorator, or for an explicit definition. */
  register(handlerClass: MessageHandlerClass, definition = handledMessageOf(handlerClass)): MessageHandlerRegistration {
    if (definition === undefined) {
      throw ConfigurationError.missingDecorator(
        `Handler ${handlerClass.name}`,
        '@HandlesCommand(…) or @HandlesQuery(…)',
      );
    }
    const key = keyOf(definition.kind, definition.type);
    if (this.byType.has(key)) throw ConfigurationError.duplicate(`Handler for ${definition.kind}`, definition.type);
    const registration = Object.freeze({ definition, handlerClass });
    this.byType.set(key, registration);
    return registration;
  }

  /** The registration for one message type, if any. */
  get(kind: MessageKind, type: string): MessageHandlerRegistration | undefined {
    return this.byType.get(keyOf(kind, type));
  }

  /** Every registration, in registration order. */
  list(): readonly MessageHandlerRegistration[] {
    return [...this.byType.values()];
  }
}

function keyOf(kind: MessageKind, type: string): string {
  return `${kind}:${type}`;
}
