import { GliaError } from './glia-error.js';

/** A unit of work was used after it committed or failed; open a new scope instead. */
export class UnitOfWorkClosedError extends GliaError {
  /** The stable code for any use of a finished unit of work. */
  static readonly code = 'GLIA.UNIT_OF_WORK_CLOSED';

  /** Creates the error naming the state the unit of work is in. */
  constructor(readonly state: string) {
    super(UnitOfWorkClosedError.code, `This unit of work is ${state}; open a new scope for more work.`);
  }

  /** True if `error` is a `UnitOfWorkClosedError`. */
  static override is(error: unknown): error is UnitOfWorkClosedError {
    return error instanceof UnitOfWorkClosedError;
  }
}
