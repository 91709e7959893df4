import {
  AggregateNotFoundError,
  ConcurrencyError,
  GliaError,
  InvalidOperationError,
  ValidationError,
} from '@glia/core';
import { AuthError, AuthErrorCodes } from './auth/auth.error.js';

/** The JSON body of every error the API answers. */
export type ErrorBody = {
  /** The stable code to branch on, e.g. `ORDER.NOT_PENDING`, `GLIA.VALIDATION`. */
  readonly code: string;
  /** Readable; never a stack trace. */
  readonly message: string;
  /** For `GLIA.VALIDATION`: every bad field. */
  readonly issues?: ReadonlyArray<{ readonly path: string; readonly message: string }>;
  /** For conflicts: whether sending the same request again may succeed. */
  readonly retryable?: boolean;
  /** Structured facts from the domain error, if any. */
  readonly details?: Readonly<Record<string, unknown>>;
};

/** A status and a body. */
export type ErrorResponse = { readonly status: number; readonly body: ErrorBody };

/** The one place errors become HTTP responses, decided by the error's class and stable code. */
export function toErrorResponse(error: unknown): ErrorResponse {
  if (ValidationError.is(error)) {
    const issues = error.issues.map(({ path, message }) => ({ path, message }));
    return { status: 400, body: { code: error.code, message: error.message, issues } };
  }
  if (AggregateNotFoundError.is(error)) {
    return { status: 404, body: withDetails(error, { code: error.code, message: error.message }) };
  }
  if (ConcurrencyError.is(error)) {
    const message = 'Someone else changed this at the same moment; nothing was saved. Try again.';
    return { status: 409, body: { code: error.code, message, retryable: true } };
  }
  if (InvalidOperationError.is(error)) {
    return { status: 409, body: withDetails(error, { code: error.code, message: error.message, retryable: false }) };
  }
  if (AuthError.is(error)) {
    const status = error.code === AuthErrorCodes.Forbidden ? 403 : 401;
    return { status, body: { code: error.code, message: error.message } };
  }
  const clientError = fastifyClientError(error);
  if (clientError !== undefined) return clientError;
  return { status: 500, body: { code: 'HTTP.INTERNAL', message: 'Something went wrong on our side.' } };
}

function withDetails(error: GliaError, body: ErrorBody): ErrorBody {
  return error.details === undefined ? body : { ...body, details: error.details };
}

/** Fastify's own 4xx errors (malformed JSON, an unsupported media type, a body too large) keep their status. */
function fastifyClientError(error: unknown): ErrorResponse | undefined {
  if (!(error instanceof Error)) return undefined;
  const status = (error as { statusCode?: unknown }).statusCode;
  if (typeof status !== 'number' || status < 400 || status >= 500) return undefined;
  return { status, body: { code: 'HTTP.BAD_REQUEST', message: error.message } };
}
