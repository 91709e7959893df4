import type { FastifyRequest } from 'fastify';
import { AuthError } from './auth.error.js';
import type { StaffRole } from './staff-role.js';
import type { StaffIdentity, StaffTokens } from './staff-token.js';

/**
 * Checks the caller's token (`Authorization: Bearer …`, or `?token=` for `EventSource`, which cannot
 * send headers) and role: 401 without a valid token, 403 with a role not in `allowed`.
 */
export function requireRole(
  tokens: StaffTokens,
  request: FastifyRequest,
  allowed: readonly StaffRole[],
): StaffIdentity {
  const token = bearerToken(request);
  if (token === undefined) throw AuthError.unauthenticated('This endpoint needs a staff bearer token.');
  const identity = tokens.verify(token);
  if (identity === undefined) throw AuthError.unauthenticated('The token is invalid or has expired.');
  if (!allowed.includes(identity.role)) throw AuthError.forbidden(identity.role, allowed);
  return identity;
}

function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    return match?.[1];
  }
  const query = request.query as Record<string, unknown> | undefined;
  const token = query?.['token'];
  return typeof token === 'string' && token !== '' ? token : undefined;
}
