import type { DomainEvent } from '../domain/domain-event.js';

/** An event as handlers receive it: raised by an aggregate, so its origin fields are always set. */
export type Raised<T extends DomainEvent> = T & {
  readonly aggregateId: string;
  readonly aggregateType: string;
  readonly aggregateVersion: number;
};

/**
 * Reacts to one kind of domain event after the transaction that raised it committed. Resolved from
 * the container in a scope of its own, so it may depend on the scope's unit of work and
 * repositories; events it raises are committed by that scope's unit of work when `handle` returns.
 * Handlers may run more than once for one event (at-least-once): make them idempotent.
 */
export interface DomainEventHandler<T extends DomainEvent = DomainEvent> {
  /** Handles one event; throwing schedules a retry. Declare the parameter as `Raised<T>` to get its origin fields typed. */
  handle(event: Raised<T>): Promise<void>;
}
