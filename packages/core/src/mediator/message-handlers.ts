import type { MessageContext } from './message-context.js';
import type { CommandDefinition, PayloadOf, QueryDefinition, ResultOf } from './message-definition.js';

/** Handles one command type: loads aggregates, calls their methods; the pipeline commits afterwards. */
export interface CommandHandler<D extends CommandDefinition> {
  /** Executes the command with its validated input. */
  execute(command: PayloadOf<D>, context: MessageContext): Promise<ResultOf<D>>;
}

/** Handles one query type: reads and returns; nothing it does is committed. */
export interface QueryHandler<D extends QueryDefinition> {
  /** Answers the query with its validated input. */
  execute(query: PayloadOf<D>, context: MessageContext): Promise<ResultOf<D>>;
}
