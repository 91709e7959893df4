import { GliaError } from '../errors/glia-error.js';

/** Why an incoming message cannot ever be handled, however often it is retried. */
export type RejectionReason = 'not-json' | 'not-a-cloudevent' | 'unknown-type' | 'invalid-data';

/**
 * An incoming message is poison: it is not JSON, not a CloudEvent, of a type nobody handles, or its
 * data breaks the schema. Consumers dead-letter it at once instead of retrying it.
 */
export class IntegrationEventRejectedError extends GliaError {
  /** The stable code of every rejection; `reason` says which kind. */
  static readonly code = 'GLIA.INTEGRATION_EVENT_REJECTED';

  /** Creates the error for one reason. */
  constructor(
    readonly reason: RejectionReason,
    message: string,
    details: Readonly<Record<string, unknown>> = {},
  ) {
    super(IntegrationEventRejectedError.code, message, { details: { reason, ...details } });
  }

  /** True if `error` is an `IntegrationEventRejectedError` (duck-typed on the code). */
  static override is(error: unknown): error is IntegrationEventRejectedError {
    return GliaError.is(error, IntegrationEventRejectedError.code) && 'reason' in error;
  }
}
