import type { CloudEvent, Logger } from '@glia/core';
import type { HttpPublishMode } from './to-http-request.js';

/** Where and how the publisher sends events, and how patiently. */
export type HttpCloudEventPublisherOptions = {
  /** The sink: every event is POSTed here. */
  readonly url: string | URL;
  /** Structured (default) or binary content mode. */
  readonly mode?: HttpPublishMode;
  /** Extra headers on every request, e.g. `authorization`. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Per request, answer included. Default 10 s. */
  readonly timeoutMs?: number;
  /** Tries per event and publish call before it is `failed` (it stays pending in the outbox). Default 5. */
  readonly maxAttempts?: number;
  /** First backoff delay; doubled after each failed try, with jitter. Default 200 ms. */
  readonly initialDelayMs?: number;
  /** Longest wait between tries; a longer `Retry-After` ends this call's tries instead. Default 30 s. */
  readonly maxDelayMs?: number;
  /** Called before each wait, for logs and metrics. */
  readonly onRetry?: (retry: HttpPublishRetry) => void;
  /** Called when the sink rejected an event for good (400, 413, 415, 422): it is not retried but parked. */
  readonly onRejected?: (event: CloudEvent, reason: string) => void;
  /** Where retries and rejections are logged. */
  readonly logger?: Logger;
};

/** One retry about to happen. */
export type HttpPublishRetry = {
  /** The event being sent. */
  readonly event: CloudEvent;
  /** The try that just failed, from 1. */
  readonly attempt: number;
  /** How long the publisher waits before the next try: the backoff, or what `Retry-After` asked. */
  readonly delayMs: number;
  /** Why the try failed. */
  readonly reason: string;
};

/** Counters since the publisher was created. */
export type HttpPublisherStats = {
  /** HTTP requests sent, retries included. */
  requests: number;
  /** Waits before another try. */
  retries: number;
  /** Events the sink took (2xx). */
  confirmed: number;
  /** Events the sink rejected for good (400, 413, 415, 422): not retried, parked by the relay. */
  rejected: number;
  /** Events not confirmed after their tries, or not sent behind one: still pending. */
  failed: number;
};
