import { GliaError } from './glia-error.js';

/** A repository was asked for an aggregate that does not exist. */
export class AggregateNotFoundError extends GliaError {
  /** The stable code of every missing aggregate. */
  static readonly code = 'GLIA.AGGREGATE_NOT_FOUND';

  /** Creates the error for one missing aggregate. */
  constructor(
    readonly aggregateType: string,
    readonly aggregateId: string,
  ) {
    super(AggregateNotFoundError.code, `${aggregateType} ${aggregateId} does not exist.`, {
      details: { aggregateType, aggregateId },
    });
  }

  /** True if `error` is an `AggregateNotFoundError`. */
  static override is(error: unknown): error is AggregateNotFoundError {
    return error instanceof AggregateNotFoundError;
  }
}
