/** How a failing delivery is retried: exponential backoff, then dead. */
export type RetryPolicy = {
  /** Attempts in all, the first included; after the last failure the delivery is dead. */
  readonly maxAttempts: number;
  /** Delay before the second attempt, in milliseconds. */
  readonly initialDelayMs: number;
  /** Each further delay is the previous one times this factor. */
  readonly factor: number;
  /** No delay is longer than this, in milliseconds. */
  readonly maxDelayMs: number;
  /** Randomises each delay by up to this fraction (0 to 1) so retries of many deliveries spread out. */
  readonly jitter: number;
};

/** Five attempts, waiting 0.1 s, 0.3 s, 0.9 s and 2.7 s between them (four seconds in all). */
export const defaultRetryPolicy: RetryPolicy = Object.freeze({
  maxAttempts: 5,
  initialDelayMs: 100,
  factor: 3,
  maxDelayMs: 30_000,
  jitter: 0.2,
});

/** The delay before attempt `attempt + 1`, after `attempt` failures (1-based). */
export function retryDelayMs(policy: RetryPolicy, attempt: number, random: () => number = Math.random): number {
  const base = Math.min(policy.maxDelayMs, policy.initialDelayMs * policy.factor ** Math.max(0, attempt - 1));
  const spread = base * policy.jitter * (random() * 2 - 1);
  return Math.max(0, Math.round(base + spread));
}
