import type { DomainEvent } from '../domain/domain-event.js';
import { ConfigurationError } from '../errors/configuration.error.js';
import { ValidationError } from '../errors/validation.error.js';
import { CLOUDEVENTS_SPEC_VERSION, type CloudEvent } from './cloud-event.js';
import { integrationEventId } from './integration-event-id.js';
import type { IntegrationEventMapping } from './integration-event-mapping.js';
import { nonJsonPathOf } from './json-data.js';

/** The registered mappings: turns committed domain events into validated CloudEvents. */
export class IntegrationEventMapper {
  private readonly byEventType = new Map<string, IntegrationEventMapping[]>();

  /** Registers the mappings given; duplicates are refused. */
  constructor(mappings: readonly IntegrationEventMapping[] = []) {
    for (const mapping of mappings) this.register(mapping);
  }

  /** Adds a mapping; one domain event type may feed several integration types, each once. */
  register(mapping: IntegrationEventMapping): void {
    const existing = this.byEventType.get(mapping.domainEventType) ?? [];
    if (existing.some((m) => m.definition.type === mapping.definition.type)) {
      throw ConfigurationError.duplicate(
        'Integration mapping',
        `${mapping.domainEventType} -> ${mapping.definition.type}`,
      );
    }
    this.byEventType.set(mapping.domainEventType, [...existing, mapping]);
  }

  /** Every registered mapping. */
  list(): readonly IntegrationEventMapping[] {
    return [...this.byEventType.values()].flat();
  }

  /** The CloudEvents the given events yield, in order; throws a `ValidationError` on bad data. */
  toCloudEvents(events: readonly DomainEvent[]): CloudEvent[] {
    return events.flatMap((event) =>
      (this.byEventType.get(event.eventType) ?? []).map((mapping) => toCloudEvent(event, mapping)),
    );
  }
}

function toCloudEvent(event: DomainEvent, { definition, map }: IntegrationEventMapping): CloudEvent {
  const subject = `integration event '${definition.type}' mapped from '${event.eventType}'`;
  const parsed = definition.schema.safeParse(map(event));
  if (!parsed.success) throw ValidationError.fromZod(subject, parsed.error);
  const lossy = nonJsonPathOf(parsed.data);
  if (lossy !== undefined) {
    throw new ValidationError(subject, [
      { path: lossy, code: 'not_json', message: 'JSON cannot carry this value without loss; send a string' },
    ]);
  }
  return {
    specversion: CLOUDEVENTS_SPEC_VERSION,
    id: integrationEventId(event.eventId, definition.type),
    source: definition.source,
    type: definition.type,
    time: event.occurredAt.toISOString(),
    ...(event.aggregateId === undefined ? {} : { subject: event.aggregateId }),
    datacontenttype: 'application/json',
    ...(definition.dataschema === undefined ? {} : { dataschema: definition.dataschema }),
    ...(event.correlationId === undefined ? {} : { correlationid: event.correlationId }),
    causationid: event.eventId,
    ...(event.traceparent === undefined ? {} : { traceparent: event.traceparent }),
    ...(event.tracestate === undefined ? {} : { tracestate: event.tracestate }),
    data: parsed.data,
  };
}
