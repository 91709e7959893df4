import { connect, type ChannelModel } from 'amqplib';

/** How to retry connecting: exponential backoff between attempts. */
export type ReconnectOptions = {
  /** First delay; doubled after each failure. Default 100 ms. */
  readonly initialDelayMs?: number;
  /** Largest delay. Default 5 s. */
  readonly maxDelayMs?: number;
  /** Attempts before giving up. Default: unlimited. */
  readonly maxAttempts?: number;
};

/** Connects, retrying with backoff until it succeeds, `maxAttempts` is spent, or `stopped()` says so. */
export async function connectWithBackoff(
  url: string,
  options: ReconnectOptions = {},
  stopped: () => boolean = () => false,
): Promise<ChannelModel> {
  let delay = options.initialDelayMs ?? 100;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await connect(url);
    } catch (error) {
      if (stopped() || attempt >= (options.maxAttempts ?? Number.POSITIVE_INFINITY)) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, options.maxDelayMs ?? 5_000);
    }
  }
}
