import type { CloudEvent } from './cloud-event.js';

/** What became of one published event. */
export type PublishOutcome =
  /** The broker (or the in-process handlers) took it: it may be marked sent. */
  | 'confirmed'
  /** Nobody was bound to receive it: it stays pending. */
  | 'returned'
  /** Not confirmed (connection lost for good, refused, timed out): it stays pending. */
  | 'failed'
  /**
   * Refused for good by the receiver (malformed for it, too large): retrying cannot help, so the relay
   * parks it (pending, never due) until an operator re-drives it, and the events behind it go on.
   */
  | 'rejected';

/** The outcome of one event of a batch, by CloudEvent id. */
export type PublishResult = {
  /** The CloudEvent id. */
  readonly id: string;
  /** What became of it. */
  readonly outcome: PublishOutcome;
  /** Why it was not confirmed. */
  readonly reason?: string;
};

/**
 * Sends integration events on: to a broker, an HTTP sink, or in-process handlers. The outbox relay
 * calls it with a batch of pending events and marks sent only those confirmed.
 */
export interface IntegrationEventPublisher {
  /** Publishes the events in order; resolves with one result per event, in the same order. */
  publish(events: readonly CloudEvent[]): Promise<readonly PublishResult[]>;
  /** True if it starts a `send` span per event itself; the relay then starts none, so each send is traced once. */
  readonly startsSpans?: boolean;
}
