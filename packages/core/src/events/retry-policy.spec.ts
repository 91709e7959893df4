import { describe, expect, it } from '@jest/globals';
import { defaultRetryPolicy, retryDelayMs, type RetryPolicy } from '../index.js';

const policy: RetryPolicy = { maxAttempts: 6, initialDelayMs: 100, factor: 3, maxDelayMs: 2_000, jitter: 0 };
const middle = (): number => 0.5;

describe('retryDelayMs', () => {
  it('grows exponentially from the initial delay', () => {
    expect([1, 2, 3, 4].map((attempt) => retryDelayMs(policy, attempt, middle))).toEqual([100, 300, 900, 2_000]);
  });

  it('never exceeds the maximum delay', () => {
    expect(retryDelayMs(policy, 5, middle)).toBe(2_000);
    expect(retryDelayMs(policy, 60, middle)).toBe(2_000);
    expect(retryDelayMs({ ...policy, maxDelayMs: 5 }, 1, middle)).toBe(5);
  });

  it('treats attempts below 1 as the first', () => {
    expect(retryDelayMs(policy, 0, middle)).toBe(100);
  });

  it('spreads each delay by at most the jitter fraction, either way', () => {
    const jittery = { ...policy, jitter: 0.2 };
    expect(retryDelayMs(jittery, 2, () => 0)).toBe(240);
    expect(retryDelayMs(jittery, 2, () => 0.5)).toBe(300);
    expect(retryDelayMs(jittery, 2, () => 0.999_999)).toBe(360);
  });

  it('is never negative', () => {
    expect(retryDelayMs({ ...policy, jitter: 1 }, 1, () => 0)).toBe(0);
    expect(retryDelayMs({ ...policy, initialDelayMs: 0 }, 3, () => 0)).toBe(0);
  });

  it('the default policy makes five attempts over about four seconds', () => {
    expect(defaultRetryPolicy.maxAttempts).toBe(5);
    const waits = [1, 2, 3, 4].map((attempt) => retryDelayMs(defaultRetryPolicy, attempt, middle));
    expect(waits).toEqual([100, 300, 900, 2_700]);
    expect(Object.isFrozen(defaultRetryPolicy)).toBe(true);
  });
});
