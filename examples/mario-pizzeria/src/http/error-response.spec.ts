import { describe, expect, it } from '@jest/globals';
import { AggregateNotFoundError, ConcurrencyError, InvalidOperationError, ValidationError } from '@glia/core';
import { AuthError } from './auth/auth.error.js';
import { toErrorResponse } from './error-response.js';

describe('toErrorResponse', () => {
  it('maps a ValidationError to 400 with each field', () => {
    const error = new ValidationError('x', [{ path: 'items.0.size', code: 'invalid_value', message: 'bad size' }]);
    expect(toErrorResponse(error)).toMatchObject({
      status: 400,
      body: { code: 'GLIA.VALIDATION', issues: [{ path: 'items.0.size', message: 'bad size' }] },
    });
  });

  it('maps a missing aggregate to 404', () => {
    expect(toErrorResponse(new AggregateNotFoundError('Order', 'o-1')).status).toBe(404);
  });

  it('maps a ConcurrencyError to a retryable 409 GLIA.CONCURRENCY', () => {
    expect(toErrorResponse(new ConcurrencyError('Kitchen', 'main', 2, 3))).toMatchObject({
      status: 409,
      body: { code: 'GLIA.CONCURRENCY', retryable: true },
    });
  });

  it("maps an InvalidOperationError to 409 with the domain's code, not retryable", () => {
    expect(toErrorResponse(new InvalidOperationError('ORDER.EMPTY', 'empty'))).toMatchObject({
      status: 409,
      body: { code: 'ORDER.EMPTY', retryable: false },
    });
  });

  it('maps auth errors to 401 and 403', () => {
    expect(toErrorResponse(AuthError.unauthenticated('no token')).status).toBe(401);
    expect(toErrorResponse(AuthError.forbidden('chef', ['manager'])).status).toBe(403);
  });

  it('maps anything else to a 500 that reveals nothing', () => {
    const response = toErrorResponse(new Error('password=hunter2 at db.ts:12'));
    expect(response.status).toBe(500);
    expect(JSON.stringify(response.body)).not.toContain('hunter2');
  });
});
