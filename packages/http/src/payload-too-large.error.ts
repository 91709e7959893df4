import { GliaError } from '@glia/core';

/** The request body is larger than the receiver accepts: answered with 413. */
export class PayloadTooLargeError extends GliaError {
  /** The stable code. */
  static readonly code = 'GLIA.PAYLOAD_TOO_LARGE';

  /** Creates the error for the limit that was exceeded. */
  constructor(readonly limitBytes: number) {
    super(PayloadTooLargeError.code, `The request body is larger than ${limitBytes} bytes.`, {
      details: { limitBytes },
    });
  }

  /** True if `error` is a `PayloadTooLargeError` (duck-typed on the code). */
  static override is(error: unknown): error is PayloadTooLargeError {
    return GliaError.is(error, PayloadTooLargeError.code);
  }
}
