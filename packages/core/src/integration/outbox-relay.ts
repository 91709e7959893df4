import type { Span } from '@opentelemetry/api';
import { endSpan } from '../observability/end-span.js';
import { globalTelemetry, type GliaTelemetry } from '../observability/glia-telemetry.js';
import { startPublishSpan } from '../observability/publish-span.js';
import { GLIA_MESSAGING_SYSTEM, TelemetryAttributes as A } from '../observability/telemetry-attributes.js';
import type { CloudEvent } from './cloud-event.js';
import type { IntegrationEventPublisher, PublishResult } from './integration-event-publisher.js';
import type { OutboxMessageStore } from './outbox-message-store.js';
import { readPending } from './read-pending.js';

/** What one relay pass did. */
export type RelayReport = {
  /** Confirmed, and marked sent. */
  readonly confirmed: number;
  /** Returned as unroutable: still pending. */
  readonly returned: number;
  /** Not confirmed: still pending. */
  readonly failed: number;
  /** Refused for good by the receiver: still pending, for the caller to park. */
  readonly rejected: number;
  /** The results that were not confirmed, for reporting. */
  readonly undelivered: readonly PublishResult[];
  /** True if `relayAll` stopped with events possibly still due (it was told to stop, or a batch was partly confirmed). */
  readonly more?: boolean;
};

/** When `relayAll` stops early. */
export type RelayAllOptions = {
  /** Checked before each read ahead: false finishes the batch in flight and returns (`more: true`). */
  readonly continueWhile?: () => boolean;
};

/** How the relay batches. */
export type OutboxRelayOptions = {
  /** Events per publish call; a crash between publish and mark re-sends at most this many. */
  readonly batchSize?: number;
  /** Called with every result that was not confirmed. */
  readonly onUndelivered?: (result: PublishResult) => void;
  /** `messaging.system` of the publish spans, e.g. `rabbitmq` (`glia` when absent). */
  readonly messagingSystem?: string;
  /** `messaging.destination.name` of the publish spans: the exchange or topic. */
  readonly destination?: string;
  /** Where publish spans and relay metrics go; the global providers when absent. */
  readonly telemetry?: GliaTelemetry;
};

/**
 * Moves integration events from the outbox to a publisher: pending events are published in commit
 * order and marked sent only when confirmed; returned or failed ones stay pending for the next pass.
 */
export class OutboxRelay {
  /** Relays from `store` to `publisher`. */
  constructor(
    private readonly store: OutboxMessageStore,
    private readonly publisher: IntegrationEventPublisher,
    private readonly options: OutboxRelayOptions = {},
  ) {}

  /** Publishes one batch of pending events. */
  async relayOnce(): Promise<RelayReport> {
    const pending = await this.store.pendingMessages(this.batchSize);
    if (pending.length === 0) return NOTHING;
    const { report, sent } = this.settle(await this.publish(pending));
    if (sent.length > 0) await this.store.markMessagesSent(sent);
    return report;
  }

  // One producer span per event (unless the publisher starts its own), each a child of the trace the
  // event carries; one count per outcome.
  private async publish(pending: readonly CloudEvent[]): Promise<readonly PublishResult[]> {
    const telemetry = this.options.telemetry ?? globalTelemetry;
    const spanOptions = {
      system: this.options.messagingSystem ?? GLIA_MESSAGING_SYSTEM,
      telemetry,
      ...(this.options.destination !== undefined && { destination: this.options.destination }),
    };
    const spans = new Map<string, Span>();
    if (this.publisher.startsSpans !== true) {
      for (const event of pending) spans.set(event.id, startPublishSpan(event, spanOptions));
    }
    let results: readonly PublishResult[];
    try {
      results = await this.publisher.publish(pending);
    } catch (error) {
      for (const span of spans.values()) endSpan(span, 'failed', error);
      throw error;
    }
    const { instruments } = telemetry;
    for (const result of results) {
      instruments.relayed.add(1, instruments.attributes(A.messagingSystem, spanOptions.system, result.outcome));
      const span = spans.get(result.id);
      if (span === undefined) continue;
      spans.delete(result.id);
      endSpan(span, result.outcome, result.outcome === 'confirmed' ? undefined : (result.reason ?? result.outcome));
    }
    for (const span of spans.values()) endSpan(span, 'unknown');
    return results;
  }

  /**
   * Relays batch after batch until the outbox has nothing due, a batch is not wholly confirmed (its
   * confirmed events are marked, the report lists the rest), or `continueWhile` says stop before the
   * next read. Pipelined: the next batch is read while the current one awaits its confirms, and a batch
   * is marked sent while the next one is published. Marks still follow confirms, in batch order. A
   * crash re-sends at most two batches.
   */
  async relayAll(options: RelayAllOptions = {}): Promise<RelayReport> {
    const proceed = options.continueWhile ?? (() => true);
    let confirmed = 0;
    let marking: Promise<void> = Promise.resolve();
    let marked: readonly string[] = []; // being marked: still pending to a read that overlaps the mark
    let next: Promise<readonly CloudEvent[]> | undefined;
    try {
      for (;;) {
        const pending = await (next ?? this.readAhead([], marked));
        next = undefined;
        if (pending.length === 0) {
          await marking;
          return { ...NOTHING, confirmed };
        }
        const stopping = !proceed();
        if (!stopping) next = handled(this.readAhead(pending, marked));
        const { report, sent } = this.settle(await this.publish(pending));
        await marking;
        confirmed += report.confirmed;
        // A batch not wholly confirmed ends the run, so the caller can defer or back off before a retry.
        if (sent.length < pending.length) {
          await next?.catch(() => undefined);
          next = undefined;
          if (sent.length > 0) await this.store.markMessagesSent(sent);
          return { ...report, confirmed, more: sent.length > 0 };
        }
        marking = handled(this.store.markMessagesSent(sent));
        marked = sent;
        if (stopping) {
          await marking;
          return { ...report, confirmed, more: true };
        }
      }
    } finally {
      // Nothing left running behind a thrown error: the mark in flight settles before the caller resumes.
      await Promise.allSettled([marking, next]);
    }
  }

  private get batchSize(): number {
    return this.options.batchSize ?? 500;
  }

  // Pending events other than those published or being marked: they stay pending until their mark commits.
  private async readAhead(
    publishing: readonly CloudEvent[],
    marked: readonly string[],
  ): Promise<readonly CloudEvent[]> {
    const ahead = new Set(marked);
    for (const event of publishing) ahead.add(event.id);
    return readPending(this.store, this.batchSize, ahead);
  }

  // The pass's report (undelivered ones passed to `onUndelivered`) and the ids to mark sent.
  private settle(results: readonly PublishResult[]): { report: RelayReport; sent: readonly string[] } {
    const sent = results.filter((r) => r.outcome === 'confirmed').map((r) => r.id);
    const undelivered = results.filter((r) => r.outcome !== 'confirmed');
    for (const result of undelivered) this.options.onUndelivered?.(result);
    const report = {
      confirmed: sent.length,
      returned: undelivered.filter((r) => r.outcome === 'returned').length,
      failed: undelivered.filter((r) => r.outcome === 'failed').length,
      rejected: undelivered.filter((r) => r.outcome === 'rejected').length,
      undelivered,
    };
    return { report, sent };
  }
}

const NOTHING: RelayReport = { confirmed: 0, returned: 0, failed: 0, rejected: 0, undelivered: [] };

// Marks a promise awaited later as handled, so a rejection before that await is not reported as unhandled.
function handled<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}
