import { connect, type ChannelModel } from 'amqplib';
import { setTimeout as sleep } from 'node:timers/promises';

/** How to retry connecting: exponential backoff between attempts. */
export type ReconnectOptions = {
  /** First delay; doubled after each failure. Default 100 ms. */
  readonly initialDelayMs?: number;
  /** Largest delay. Default 5 s. */
  readonly maxDelayMs?: number;
  /** Attempts before giving up. Default: unlimited. */
  readonly maxAttempts?: number;
};

/** What stops a connect loop early, and who hears about failed attempts. */
export type ConnectControl = {
  /** Aborting it ends the loop at once (an attempt in flight is closed if it still succeeds). */
  readonly signal?: AbortSignal;
  /** Called with the error of each failed attempt. */
  readonly onError?: (error: unknown, attempt: number) => void;
};

/** Connects, retrying with backoff until it succeeds, `maxAttempts` is spent, or `signal` is aborted. */
export async function connectWithBackoff(
  url: string,
  options: ReconnectOptions = {},
  control: ConnectControl = {},
): Promise<ChannelModel> {
  const { signal, onError } = control;
  let delay = options.initialDelayMs ?? 100;
  for (let attempt = 1; ; attempt += 1) {
    signal?.throwIfAborted();
    try {
      return await unlessAborted(connect(url), signal);
    } catch (error) {
      if (signal?.aborted === true) throw error;
      onError?.(error, attempt);
      if (attempt >= (options.maxAttempts ?? Number.POSITIVE_INFINITY)) throw error;
      await sleep(delay, undefined, signal === undefined ? {} : { signal });
      delay = Math.min(delay * 2, options.maxDelayMs ?? 5_000);
    }
  }
}

// Why not just await: a stop must not wait for an attempt to a blackholed host to time out.
function unlessAborted(attempt: Promise<ChannelModel>, signal: AbortSignal | undefined): Promise<ChannelModel> {
  if (signal === undefined) return attempt;
  return new Promise((resolve, reject) => {
    const abort = (): void => reject(signal.reason as Error);
    signal.addEventListener('abort', abort, { once: true });
    attempt.then(
      (model) => {
        signal.removeEventListener('abort', abort);
        if (signal.aborted) void model.close().catch(() => undefined);
        else resolve(model);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', abort);
        reject(error as Error);
      },
    );
  });
}
