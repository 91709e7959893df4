import type { Logger } from '../logging/logger.js';
import { globalTelemetry, type GliaTelemetry } from '../observability/glia-telemetry.js';
import { TelemetryAttributes as A } from '../observability/telemetry-attributes.js';
import { describeError, type DeliveryFailure, type DeliveryFailureListener } from './delivery-failure.js';
import { deliveryLogFields } from './delivery-log-fields.js';

/**
 * Makes sure every failed delivery attempt is seen: by the listeners when there are any, by the
 * logger otherwise. Dead deliveries are always logged as errors, since they need a person.
 */
export class DeliveryFailureReporter {
  private readonly listeners = new Set<DeliveryFailureListener>();

  /** Creates a reporter that falls back to `logger` and counts retried and dead deliveries. */
  constructor(
    private readonly logger: Logger,
    private readonly telemetry: GliaTelemetry = globalTelemetry,
  ) {}

  /** Adds a listener; returns the function that removes it. */
  subscribe(listener: DeliveryFailureListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Reports one failed attempt. Never throws. */
  report(failure: DeliveryFailure): void {
    const { instruments } = this.telemetry;
    const outcome = failure.willRetry ? 'retried' : 'dead';
    instruments.deliveries.add(1, instruments.attributes(A.handler, failure.delivery.handler, outcome));
    const fields = {
      ...deliveryLogFields(failure.delivery),
      eventId: failure.delivery.event.eventId,
      eventType: failure.delivery.event.eventType,
      attempt: failure.attempt,
      error: describeError(failure.error),
    };
    if (!failure.willRetry) this.logger.error('Delivery is dead after its last attempt', fields);
    else if (this.listeners.size === 0) this.logger.warn('Delivery attempt failed; will retry', fields);
    for (const listener of this.listeners) {
      try {
        listener(failure);
      } catch (error) {
        this.logger.error('A delivery failure listener threw', { error: describeError(error) });
      }
    }
  }
}
