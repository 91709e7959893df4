import { GliaError, type GliaErrorOptions } from './glia-error.js';

/**
 * A domain invariant refused an operation (confirming an empty order, cooking a cancelled one). The
 * code is the domain's own, e.g. `ORDER.EMPTY`; the web layer maps these to 409.
 */
export class InvalidOperationError extends GliaError {
  /** Creates the error with the domain's own stable code. */
  constructor(code: string, message: string, options?: GliaErrorOptions) {
    super(code, message, options);
  }

  /** True if `error` is an `InvalidOperationError`, optionally with the given code. */
  static override is(error: unknown, code?: string): error is InvalidOperationError {
    return error instanceof InvalidOperationError && (code === undefined || error.code === code);
  }
}
