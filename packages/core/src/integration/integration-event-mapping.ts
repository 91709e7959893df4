import type { z } from 'zod';
import type { DomainEvent } from '../domain/domain-event.js';
import { requireEventType, type EventClass } from '../domain/event-type.decorator.js';
import type { IntegrationEventDefinition } from './integration-event-definition.js';

/** One rule: each committed domain event of one type yields one integration event of one type. */
export type IntegrationEventMapping = {
  /** The domain event's declared type name. */
  readonly domainEventType: string;
  /** The integration event it yields. */
  readonly definition: IntegrationEventDefinition;
  /** Builds the integration event's data (validated against the definition's schema at commit). */
  readonly map: (event: DomainEvent) => unknown;
};

/**
 * Derives an integration event from a domain event, e.g.
 * `mapDomainEvent(OrderConfirmed, OrderConfirmedV1, (e) => ({ orderId: e.aggregateId, total: e.total }))`.
 * The integration event is written to the outbox in the same transaction as the aggregate.
 */
export function mapDomainEvent<E extends DomainEvent, S extends z.ZodType>(
  eventClass: EventClass<E>,
  definition: IntegrationEventDefinition<S>,
  map: (event: E) => z.input<S>,
): IntegrationEventMapping {
  return {
    domainEventType: requireEventType(eventClass),
    definition,
    map: map as (event: DomainEvent) => unknown,
  };
}
