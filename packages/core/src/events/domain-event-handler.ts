import type { DomainEvent } from '../domain/domain-event.js';

/**
 * Reacts to one kind of domain event after the transaction that raised it committed. Resolved from
 * the container in a scope of its own, so it may depend on the scope's unit of work and
 * repositories; events it raises are committed by that scope's unit of work when `handle` returns.
 * Handlers may run more than once for one event (at-least-once): make them idempotent.
 */
export interface DomainEventHandler<T extends DomainEvent = DomainEvent> {
  /** Handles one event; throwing schedules a retry. */
  handle(event: T): Promise<void>;
}
