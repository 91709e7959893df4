import { endSpan } from '../observability/end-span.js';
import { globalTelemetry, type GliaTelemetry } from '../observability/glia-telemetry.js';
import { startPublishSpan } from '../observability/publish-span.js';
import { GLIA_MESSAGING_SYSTEM, TelemetryAttributes as A } from '../observability/telemetry-attributes.js';
import type { CloudEvent } from './cloud-event.js';
import type { IntegrationEventPublisher, PublishResult } from './integration-event-publisher.js';
import type { OutboxMessageStore } from './outbox-message-store.js';

/** What one relay pass did. */
export type RelayReport = {
  /** Confirmed, and marked sent. */
  readonly confirmed: number;
  /** Returned as unroutable: still pending. */
  readonly returned: number;
  /** Not confirmed: still pending. */
  readonly failed: number;
  /** The results that were not confirmed, for reporting. */
  readonly undelivered: readonly PublishResult[];
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
    const pending = await this.store.pendingMessages(this.options.batchSize ?? 500);
    if (pending.length === 0) return { confirmed: 0, returned: 0, failed: 0, undelivered: [] };
    const results = await this.publish(pending);
    const confirmed = results.filter((r) => r.outcome === 'confirmed').map((r) => r.id);
    if (confirmed.length > 0) await this.store.markMessagesSent(confirmed);
    const undelivered = results.filter((r) => r.outcome !== 'confirmed');
    for (const result of undelivered) this.options.onUndelivered?.(result);
    return {
      confirmed: confirmed.length,
      returned: undelivered.filter((r) => r.outcome === 'returned').length,
      failed: undelivered.filter((r) => r.outcome === 'failed').length,
      undelivered,
    };
  }

  // One producer span per event, each a child of the trace the event carries; one count per outcome.
  private async publish(pending: readonly CloudEvent[]): Promise<readonly PublishResult[]> {
    const telemetry = this.options.telemetry ?? globalTelemetry;
    const spanOptions = {
      system: this.options.messagingSystem ?? GLIA_MESSAGING_SYSTEM,
      telemetry,
      ...(this.options.destination !== undefined && { destination: this.options.destination }),
    };
    const spans = new Map(pending.map((event) => [event.id, startPublishSpan(event, spanOptions)]));
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

  /** Relays batch after batch until a pass confirms nothing (the outbox is empty or stuck). */
  async relayAll(): Promise<RelayReport> {
    let total: RelayReport = { confirmed: 0, returned: 0, failed: 0, undelivered: [] };
    for (;;) {
      const pass = await this.relayOnce();
      total = {
        confirmed: total.confirmed + pass.confirmed,
        returned: pass.returned,
        failed: pass.failed,
        undelivered: pass.undelivered,
      };
      if (pass.confirmed === 0) return total;
    }
  }
}
