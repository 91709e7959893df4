import { describe, expect, it } from '@jest/globals';
import { retryAfterMs } from './retry-after.js';

describe('retryAfterMs', () => {
  it('reads delay-seconds', () => {
    expect(retryAfterMs('0')).toBe(0);
    expect(retryAfterMs(' 120 ')).toBe(120_000);
  });

  it('reads an HTTP-date relative to now, never below zero', () => {
    const now = Date.parse('2024-05-01T12:00:00Z');
    expect(retryAfterMs('Wed, 01 May 2024 12:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('Wed, 01 May 2024 11:00:00 GMT', now)).toBe(0);
  });

  it('ignores an absent or unreadable header', () => {
    expect(retryAfterMs(null)).toBeUndefined();
    expect(retryAfterMs('')).toBeUndefined();
    expect(retryAfterMs('soon')).toBeUndefined();
  });
});
