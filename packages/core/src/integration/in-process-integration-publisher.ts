import { describeError } from '../events/delivery-failure.js';
import type { CloudEvent } from './cloud-event.js';
import type { IntegrationEventPublisher, PublishResult } from './integration-event-publisher.js';
import type { IntegrationEventReceiver } from './integration-event-receiver.js';
import { decodeStructured, encodeStructured } from './structured-mode.js';

/**
 * Delivers integration events to receivers in this process: what runs when no broker is configured.
 * Each event goes through the JSON format first, so handlers see exactly what a broker would carry.
 * An event no receiver accepts is `returned`, like an unroutable message on a broker.
 */
export class InProcessIntegrationPublisher implements IntegrationEventPublisher {
  /** Publishes to these receivers. */
  constructor(private readonly receivers: readonly IntegrationEventReceiver[]) {}

  /** Delivers each event, in order, to every receiver that accepts its type. */
  async publish(events: readonly CloudEvent[]): Promise<readonly PublishResult[]> {
    const results: PublishResult[] = [];
    for (const event of events) {
      const targets = this.receivers.filter((r) => r.accepts(event.type));
      if (targets.length === 0) {
        results.push({ id: event.id, outcome: 'returned', reason: `No receiver accepts '${event.type}'.` });
        continue;
      }
      try {
        const copy = decodeStructured(encodeStructured(event));
        for (const receiver of targets) await receiver.receive(copy);
        results.push({ id: event.id, outcome: 'confirmed' });
      } catch (error) {
        results.push({ id: event.id, outcome: 'failed', reason: describeError(error) });
      }
    }
    return results;
  }
}
