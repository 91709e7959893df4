import { GliaError } from '../errors/glia-error.js';

/** A consumer already processed this message: recording it again rolled the transaction back. */
export class DuplicateMessageError extends GliaError {
  /** The stable code; durable inboxes throw errors with the same code. */
  static readonly code = 'GLIA.DUPLICATE_MESSAGE';

  /** Creates the error for one consumer and message. */
  constructor(
    readonly consumer: string,
    readonly messageId: string,
  ) {
    super(DuplicateMessageError.code, `${consumer} already processed message ${messageId}.`, {
      details: { consumer, messageId },
    });
  }

  /** True for any error with this code, whichever package threw it. */
  static override is(error: unknown): error is GliaError {
    return GliaError.is(error, DuplicateMessageError.code);
  }
}
