import type { DomainEvent } from '../domain/domain-event.js';
import type { CloudEvent } from '../integration/cloud-event.js';

/** Where a delivery stands. */
export type DeliveryStatus = 'pending' | 'completed' | 'dead';

/** One event to be handled by one handler: the unit of retry, of failure and of bookkeeping. */
export type Delivery = {
  /** Unique id of this delivery. */
  readonly id: string;
  /** The event to deliver. */
  readonly event: DomainEvent;
  /** Registered name of the handler. */
  readonly handler: string;
  /** Where it stands. */
  readonly status: DeliveryStatus;
  /** Attempts made so far. */
  readonly attempts: number;
  /** The last error, as a readable message, if any attempt failed. */
  readonly lastError?: string;
  /** Not to be attempted before this time. */
  readonly availableAt: Date;
  /** When it completed or died. */
  readonly finishedAt?: Date;
};

/** The events of one commit and the deliveries they owe, written in the commit's transaction. */
export type OutboxBatch = {
  /** The committed events, in raise order. */
  readonly events: readonly DomainEvent[];
  /** One pending delivery per subscribed handler per event, in the same order. */
  readonly deliveries: readonly Delivery[];
  /**
   * The integration events (CloudEvents) mappers derived from `events`, pending until a relay's
   * publisher confirms them. Durable outboxes must store them in the same transaction; an outbox
   * that ignores them loses them (createGlia warns when mappings meet such an outbox).
   */
  readonly messages?: readonly CloudEvent[];
};
