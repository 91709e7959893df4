import { injectable } from 'inversify';
import type { MessageContext } from './message-context.js';
import type { CommandHandler, QueryHandler } from './message-handlers.js';
import type { CommandDefinition, MessageDefinition, QueryDefinition } from './message-definition.js';

const HANDLES_MESSAGE = Symbol.for('glia.handlesMessage');

/** A class whose instances handle one command or query type. */

export type MessageHandlerClass = new (...args: any[]) => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each handler narrows its own payload
  execute(payload: any, context: MessageContext): Promise<unknown>;
};

/** Makes a class the injectable handler of one command type; list it in `createGlia({ commandHandlers })`. */
export function HandlesCommand<D extends CommandDefinition>(definition: D) {
  return <C extends new (...args: any[]) => CommandHandler<D>>(target: C): C => mark(target, definition);
}

/** Makes a class the injectable handler of one query type; list it in `createGlia({ queryHandlers })`. */
export function HandlesQuery<D extends QueryDefinition>(definition: D) {
  return <C extends new (...args: any[]) => QueryHandler<D>>(target: C): C => mark(target, definition);
}

function mark<C extends Function>(target: C, definition: MessageDefinition): C {
  injectable()(target as never);
  Object.defineProperty(target, HANDLES_MESSAGE, { value: definition, enumerable: false });
  return target;
}

/** The definition a handler class was decorated for, if any. */
export function handledMessageOf(handler: MessageHandlerClass): MessageDefinition | undefined {
  return Object.prototype.hasOwnProperty.call(handler, HANDLES_MESSAGE)
    ? ((handler as unknown as Record<symbol, MessageDefinition>)[HANDLES_MESSAGE] as MessageDefinition)
    : undefined;
}
