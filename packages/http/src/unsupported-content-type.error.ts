import { GliaError } from '@glia/core';

/** The request is in no CloudEvents content mode Glia reads: answered with 415. */
export class UnsupportedContentTypeError extends GliaError {
  /** The stable code. */
  static readonly code = 'GLIA.UNSUPPORTED_CONTENT_TYPE';

  /** Creates the error for the content type received (undefined when there was none). */
  constructor(readonly contentType: string | undefined) {
    super(
      UnsupportedContentTypeError.code,
      `Content type '${contentType ?? '(none)'}' is not a CloudEvents content mode: send application/cloudevents+json, ` +
        'application/cloudevents-batch+json, or binary mode with ce-* headers.',
      { details: { contentType: contentType ?? null } },
    );
  }

  /** True if `error` is an `UnsupportedContentTypeError` (duck-typed on the code). */
  static override is(error: unknown): error is UnsupportedContentTypeError {
    return GliaError.is(error, UnsupportedContentTypeError.code);
  }
}
