import { setTimeout as sleep } from 'node:timers/promises';
import {
  describeError,
  silentLogger,
  type CloudEvent,
  type IntegrationEventPublisher,
  type Logger,
  type PublishResult,
} from '@glia/core';
import { retryAfterMs } from './internal/retry-after.js';
import type { HttpCloudEventPublisherOptions, HttpPublisherStats } from './http-publisher-options.js';
import { toHttpRequest, type HttpCloudEventRequest } from './to-http-request.js';

type Attempt =
  | { readonly kind: 'confirmed' }
  | { readonly kind: 'rejected'; readonly reason: string }
  | { readonly kind: 'refused'; readonly reason: string }
  | { readonly kind: 'retry'; readonly reason: string; readonly waitMs?: number | undefined };

/**
 * Publishes CloudEvents to an HTTP sink for the outbox relay, one POST per event, in order. A 2xx
 * confirms; network errors, timeouts, 408, 429 and 5xx are retried with exponential backoff (honouring
 * `Retry-After`). 400, 413, 415 and 422 say the event itself is unacceptable: it is `rejected` (the relay
 * parks it) and the rest of the call goes on. Any other status (a redirect, 401, 403, 404…) says the
 * sink is misconfigured: the event is `failed`, stays pending, and the rest of the call is not sent, so
 * order holds until the configuration is fixed.
 */
export class HttpCloudEventPublisher implements IntegrationEventPublisher {
  private readonly closing = new AbortController();
  private readonly stats_: HttpPublisherStats = { requests: 0, retries: 0, confirmed: 0, rejected: 0, failed: 0 };

  /** Creates a publisher for one sink. */
  constructor(private readonly options: HttpCloudEventPublisherOptions) {}

  /** Requests, retries and outcomes so far. */
  get stats(): Readonly<HttpPublisherStats> {
    return { ...this.stats_ };
  }

  /** Sends the events in order; one result per event. */
  async publish(events: readonly CloudEvent[]): Promise<readonly PublishResult[]> {
    const results: PublishResult[] = [];
    let blocked: string | undefined;
    for (const event of events) {
      if (blocked !== undefined) {
        this.stats_.failed += 1;
        results.push({ id: event.id, outcome: 'failed', reason: `not sent after an earlier failure: ${blocked}` });
        continue;
      }
      const result = await this.deliver(event);
      if (result.outcome === 'failed') {
        blocked = result.reason;
        this.stats_.failed += 1;
      }
      results.push(result);
    }
    return results;
  }

  /** Stops waiting and aborts requests in flight: their events come back `failed`. */
  close(): void {
    this.closing.abort();
  }

  private async deliver(event: CloudEvent): Promise<PublishResult> {
    const request = toHttpRequest(event, this.options.mode);
    const max = Math.max(1, this.options.maxAttempts ?? 5);
    for (let attempt = 1; ; attempt += 1) {
      const result = await this.attempt(request);
      if (result.kind === 'confirmed') {
        this.stats_.confirmed += 1;
        return { id: event.id, outcome: 'confirmed' };
      }
      if (result.kind === 'rejected') {
        this.stats_.rejected += 1;
        this.log().warn('The HTTP sink rejected an integration event for good; the relay parks it.', {
          id: event.id,
          reason: result.reason,
        });
        this.options.onRejected?.(event, result.reason);
        return { id: event.id, outcome: 'rejected', reason: `rejected by the sink: ${result.reason}` };
      }
      if (result.kind === 'refused') {
        return { id: event.id, outcome: 'failed', reason: `the sink refused every request: ${result.reason}` };
      }
      const delayMs = result.waitMs ?? this.backoff(attempt);
      const maxDelayMs = this.options.maxDelayMs ?? 30_000;
      if (attempt >= max || this.closing.signal.aborted || delayMs > maxDelayMs) {
        const why = delayMs > maxDelayMs ? `; the sink asked to wait ${delayMs} ms` : ` (${attempt} tries)`;
        return { id: event.id, outcome: 'failed', reason: `${result.reason}${why}` };
      }
      this.stats_.retries += 1;
      this.options.onRetry?.({ event, attempt, delayMs, reason: result.reason });
      this.log().debug('Retrying an integration event', { id: event.id, attempt, delayMs, reason: result.reason });
      try {
        await sleep(delayMs, undefined, { signal: this.closing.signal });
      } catch {
        return { id: event.id, outcome: 'failed', reason: `${result.reason}; the publisher was closed` };
      }
    }
  }

  private async attempt(request: HttpCloudEventRequest): Promise<Attempt> {
    const timeoutMs = this.options.timeoutMs ?? 10_000;
    this.stats_.requests += 1;
    try {
      const response = await fetch(this.options.url, {
        method: 'POST',
        headers: { ...this.options.headers, ...request.headers },
        body: request.body,
        // A redirected POST may come back as a GET: report it, never take it for a delivery.
        redirect: 'manual',
        signal: AbortSignal.any([AbortSignal.timeout(timeoutMs), this.closing.signal]),
      });
      const text = await response.text();
      if (response.ok) return { kind: 'confirmed' };
      const reason = `HTTP ${response.status}${text === '' ? '' : `: ${text.slice(0, 300)}`}`;
      if (response.status >= 500 || response.status === 429 || response.status === 408) {
        return { kind: 'retry', reason, waitMs: retryAfterMs(response.headers.get('retry-after')) };
      }
      return REJECTING_STATUSES.has(response.status) ? { kind: 'rejected', reason } : { kind: 'refused', reason };
    } catch (error) {
      const timedOut = (error as Error).name === 'TimeoutError';
      return { kind: 'retry', reason: timedOut ? `no answer within ${timeoutMs} ms` : networkError(error) };
    }
  }

  // Exponential with jitter in [50 %, 100 %], so many publishers do not retry in step.
  private backoff(attempt: number): number {
    const ceiling = Math.min(
      this.options.maxDelayMs ?? 30_000,
      (this.options.initialDelayMs ?? 200) * 2 ** (attempt - 1),
    );
    return Math.round(ceiling * (0.5 + Math.random() / 2));
  }

  private log(): Logger {
    return this.options.logger ?? silentLogger;
  }
}

// Statuses about the event itself (its syntax, size, media type, content), not about the sink's setup.
const REJECTING_STATUSES: ReadonlySet<number> = new Set([400, 413, 415, 422]);

function networkError(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown } }).cause;
  const code = typeof cause?.code === 'string' ? ` (${cause.code})` : '';
  return `network error: ${describeError(error)}${code}`;
}
