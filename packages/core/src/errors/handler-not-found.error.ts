import { GliaError } from './glia-error.js';

/** A command or query was sent that no handler is registered for. */
export class HandlerNotFoundError extends GliaError {
  /** The stable code of every missing handler. */
  static readonly code = 'GLIA.HANDLER_NOT_FOUND';

  /** Creates the error for a message type nobody handles. */
  constructor(
    readonly kind: 'command' | 'query',
    readonly messageType: string,
  ) {
    super(
      HandlerNotFoundError.code,
      `No handler is registered for ${kind} '${messageType}'. Decorate one with ` +
        `@Handles${kind === 'command' ? 'Command' : 'Query'} and list it in createGlia().`,
      { details: { kind, messageType } },
    );
  }

  /** True if `error` is a `HandlerNotFoundError`. */
  static override is(error: unknown): error is HandlerNotFoundError {
    return error instanceof HandlerNotFoundError;
  }
}
