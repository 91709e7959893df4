import { DomainEvent, HandlesEvent, type DomainEventHandler } from '@glia/core';
import { inject } from 'inversify';
import { EventHub } from './event-hub.js';
import { toLiveEvent } from './live-event.js';

/**
 * Pushes every committed domain event to the live connections. Registered for the `DomainEvent` base
 * class, so it sees them all, and run like any handler: after the commit, never before.
 */
@HandlesEvent(DomainEvent, { name: 'pizzeria.http.LiveEvents', retry: { maxAttempts: 1 } })
export class LiveEventsHandler implements DomainEventHandler {
  /** Receives the process's hub. */
  constructor(@inject(EventHub) private readonly hub: EventHub) {}

  /** Publishes the event; with nobody listening it is simply dropped (live means live). */
  async handle(event: DomainEvent): Promise<void> {
    this.hub.publish(toLiveEvent(event));
  }
}
