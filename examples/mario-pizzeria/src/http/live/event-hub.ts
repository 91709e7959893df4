import type { LiveEvent } from './live-event.js';

/** One open live connection: what it wants to see, and how to hand it an event or end it. */
export type LiveSubscriber = {
  /** True for the events this subscriber wants. */
  readonly accepts: (event: LiveEvent) => boolean;
  /** Sends one event. */
  readonly send: (event: LiveEvent) => void;
  /** Ends the connection (the server is closing). */
  readonly end: () => void;
};

/**
 * The in-process fan-out of committed events to open server-sent-event connections. The live-events
 * handler publishes here after each commit; nothing polls. One per process.
 */
export class EventHub {
  private readonly subscribers = new Set<LiveSubscriber>();

  /** Adds a subscriber; returns the function that removes it. */
  subscribe(subscriber: LiveSubscriber): () => void {
    this.subscribers.add(subscriber);
    return () => {
      this.subscribers.delete(subscriber);
    };
  }

  /** Hands an event to every subscriber that wants it; a broken connection never stops the others. */
  publish(event: LiveEvent): void {
    for (const subscriber of [...this.subscribers]) {
      if (!subscriber.accepts(event)) continue;
      try {
        subscriber.send(event);
      } catch {
        this.subscribers.delete(subscriber);
      }
    }
  }

  /** Ends every connection, so the server can close. */
  closeAll(): void {
    for (const subscriber of [...this.subscribers]) subscriber.end();
    this.subscribers.clear();
  }
}
