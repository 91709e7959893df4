import type { Container } from 'inversify';
import type { AggregateRoot } from '../domain/aggregate-root.js';
import type { AggregateClass } from '../domain/aggregate-type.decorator.js';
import type { EventHandlerClass } from '../events/handles-event.decorator.js';
import type { RetryPolicy } from '../events/retry-policy.js';
import type { IntegrationEventMapping } from '../integration/integration-event-mapping.js';
import type { IntegrationOptions } from '../integration/integration-options.js';
import type { Logger } from '../logging/logger.js';
import type { GliaTelemetry, TelemetryOptions } from '../observability/glia-telemetry.js';
import type { MessageHandlerClass } from '../mediator/handles-message.decorator.js';
import type { PipelineBehaviorClass } from '../mediator/pipeline-behavior.js';
import type { AggregateMapper } from '../uow/aggregate-mapper.js';
import type { Persistence } from '../uow/persistence.js';

/** An aggregate type with an explicit mapper. */
export type AggregateRegistration<T extends AggregateRoot = AggregateRoot> = {
  /** The aggregate class (decorated with `@AggregateType`). */
  readonly aggregate: AggregateClass<T>;
  /** How its state is stored. */
  readonly mapper: AggregateMapper<T>;
};

/** Everything `createGlia` sets up; only what you list takes part. */
export type GliaOptions = {
  /** Your container; Glia binds its services into it. A new one when absent. */
  readonly container?: Container;
  /** Where commits go; in memory when absent. */
  readonly persistence?: Persistence;
  /** Aggregate types that get a scoped `Repository<T>` (inject it with `@InjectRepository`). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each entry has its own aggregate type
  readonly aggregates?: ReadonlyArray<AggregateClass<AggregateRoot> | AggregateRegistration<any>>;
  /** Domain event handler classes (decorated with `@HandlesEvent`). */
  readonly eventHandlers?: readonly EventHandlerClass[];
  /** Command handler classes (decorated with `@HandlesCommand`). */
  readonly commandHandlers?: readonly MessageHandlerClass[];
  /** Query handler classes (decorated with `@HandlesQuery`). */
  readonly queryHandlers?: readonly MessageHandlerClass[];
  /** Behaviours wrapped around every command and query, outermost first (around the commit). */
  readonly behaviors?: readonly PipelineBehaviorClass[];
  /** How failing deliveries are retried. */
  readonly retry?: Partial<RetryPolicy>;
  /** Where Glia logs; warnings and errors to the console when absent (nothing under jest). */
  readonly logger?: Logger;
  /** Where spans and metrics go: OpenTelemetry providers, or a `GliaTelemetry`; the global providers when absent. */
  readonly telemetry?: GliaTelemetry | TelemetryOptions;
  /** Integration events derived from domain events at commit (`mapDomainEvent`), written to the outbox. */
  readonly integrationEvents?: readonly IntegrationEventMapping[];
  /** Where integration events are published (a broker, or in-process by default) and how the relay runs. */
  readonly integration?: IntegrationOptions;
};
