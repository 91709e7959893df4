import { GliaError } from '@glia/core';

/** Stable codes of the API's refusals to let a caller in. */
export const AuthErrorCodes = {
  /** No bearer token, or one that is not valid (401). */
  Unauthenticated: 'AUTH.UNAUTHENTICATED',
  /** A valid token whose role may not do this (403). */
  Forbidden: 'AUTH.FORBIDDEN',
} as const;

/** A staff endpoint refused the caller; the error mapping turns the code into 401 or 403. */
export class AuthError extends GliaError {
  /** No token, or a bad or expired one. */
  static unauthenticated(reason: string): AuthError {
    return new AuthError(AuthErrorCodes.Unauthenticated, `${reason} Log in: POST /api/auth/dev-login.`);
  }

  /** The role may not use this endpoint. */
  static forbidden(role: string, allowed: readonly string[]): AuthError {
    return new AuthError(AuthErrorCodes.Forbidden, `A ${role} may not do this; it needs: ${allowed.join(' or ')}.`, {
      details: { role, allowed },
    });
  }

  /** True if `error` is an `AuthError`. */
  static override is(error: unknown): error is AuthError {
    return error instanceof AuthError;
  }
}
