import type { z } from 'zod';

/** Commands change state and commit once; queries read and never commit. */
export type MessageKind = 'command' | 'query';

/**
 * A command or query type: its stable name, the zod schema of its input, and (at the type level)
 * its result. Made by `defineCommand` / `defineQuery`.
 */
export type MessageDefinition<K extends MessageKind = MessageKind, S extends z.ZodType = z.ZodType, R = unknown> = {
  /** Command or query. */
  readonly kind: K;
  /** Stable type name, e.g. `orders.PlaceOrder`. */
  readonly type: string;
  /** Validates and parses the input at the edge. */
  readonly schema: S;
  /** Carries the result type; never set at run time. */
  readonly __result?: R;
  /** The same definition, declaring the handler's result type: `defineCommand(…).returns<{ id: string }>()`. */
  returns<R2>(): MessageDefinition<K, S, R2>;
};

/** A command definition. */
export type CommandDefinition<S extends z.ZodType = z.ZodType, R = unknown> = MessageDefinition<'command', S, R>;
/** A query definition. */
export type QueryDefinition<S extends z.ZodType = z.ZodType, R = unknown> = MessageDefinition<'query', S, R>;

/** What a caller passes: the schema's input type. */
export type InputOf<D extends MessageDefinition> = z.input<D['schema']>;
/** What a handler receives: the schema's parsed output type. */
export type PayloadOf<D extends MessageDefinition> = z.output<D['schema']>;
/** What a handler returns. */
export type ResultOf<D extends MessageDefinition> =
  D extends MessageDefinition<MessageKind, z.ZodType, infer R> ? R : never;

function define<K extends MessageKind, S extends z.ZodType>(
  kind: K,
  type: string,
  schema: S,
): MessageDefinition<K, S, void> {
  const definition = {
    kind,
    type,
    schema,
    returns: () => definition,
  } as unknown as MessageDefinition<K, S, void>;
  return Object.freeze(definition);
}

/** Defines a command: `export const PlaceOrder = defineCommand('orders.PlaceOrder', schema).returns<{ orderId: string }>()`. */
export function defineCommand<S extends z.ZodType>(type: string, schema: S): CommandDefinition<S, void> {
  return define('command', type, schema);
}

/** Defines a query: `export const GetOrder = defineQuery('orders.GetOrder', schema).returns<OrderView>()`. */
export function defineQuery<S extends z.ZodType>(type: string, schema: S): QueryDefinition<S, void> {
  return define('query', type, schema);
}
