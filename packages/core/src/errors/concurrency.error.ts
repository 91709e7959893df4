import { GliaError, type GliaErrorOptions } from './glia-error.js';

/** An aggregate was saved with a version that is no longer current: someone else committed first. */
export class ConcurrencyError extends GliaError {
  /** The stable code of every concurrency conflict. */
  static readonly code = 'GLIA.CONCURRENCY';

  /** Creates the error for an aggregate whose stored version differs from the expected one. */
  constructor(
    readonly aggregateType: string,
    readonly aggregateId: string,
    readonly expectedVersion: number,
    readonly actualVersion: number | undefined,
    options: GliaErrorOptions = {},
  ) {
    super(
      ConcurrencyError.code,
      `${aggregateType} ${aggregateId} was changed concurrently: expected version ${expectedVersion}, ` +
        `found ${actualVersion ?? 'none'}. Reload it and try again.`,
      { ...options, details: { aggregateType, aggregateId, expectedVersion, actualVersion } },
    );
  }

  /** True if `error` is a `ConcurrencyError`. */
  static override is(error: unknown): error is ConcurrencyError {
    return error instanceof ConcurrencyError;
  }
}
