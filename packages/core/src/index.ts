// @glia/core: the public API. Anything not exported here is internal.
// Decorator metadata must be readable before any decorated class is defined: load the polyfill once, here.
import 'reflect-metadata';

// Domain kernel
export { AggregateRoot } from './domain/aggregate-root.js';
export { AggregateType, aggregateTypeOf, type AggregateClass } from './domain/aggregate-type.decorator.js';
export { DomainEvent, raiseSequenceOf, type EventIdentity } from './domain/domain-event.js';
export { ENVELOPE_KEYS, type EventMetadata } from './domain/event-metadata.js';
export { EventType, eventTypeOf, requireEventType, type EventClass } from './domain/event-type.decorator.js';
export { restoreEvent, type StoredEventData } from './domain/restore-event.js';

// Errors
export { AggregateNotFoundError } from './errors/aggregate-not-found.error.js';
export { ConcurrencyError } from './errors/concurrency.error.js';
export { ConfigurationError } from './errors/configuration.error.js';
export { GliaError, type GliaErrorJson, type GliaErrorOptions } from './errors/glia-error.js';
export { HandlerNotFoundError } from './errors/handler-not-found.error.js';
export { InvalidOperationError } from './errors/invalid-operation.error.js';
export { UnitOfWorkClosedError } from './errors/unit-of-work-closed.error.js';
export { ValidationError, type FieldIssue } from './errors/validation.error.js';

// Event handling
export { describeError, type DeliveryFailure, type DeliveryFailureListener } from './events/delivery-failure.js';
export { DeliveryFailureReporter } from './events/delivery-failure-reporter.js';
export { DeliveryRunner, type DeliveryCompletion } from './events/delivery-runner.js';
export type { DomainEventHandler, Raised } from './events/domain-event-handler.js';
export { EventHandlerRegistry, type EventHandlerRegistration } from './events/event-handler-registry.js';
export type { EventHandlerOptions } from './events/handler-options.js';
export {
  HandlesEvent,
  eventHandlerMetadataOf,
  type EventHandlerClass,
  type EventHandlerMetadata,
} from './events/handles-event.decorator.js';
export { InProcessDispatcher, type InProcessDispatcherOptions } from './events/in-process-dispatcher.js';
export { defaultRetryPolicy, retryDelayMs, type RetryPolicy } from './events/retry-policy.js';

// Integration events (CloudEvents 1.0)
export {
  encodeBinary,
  decodeBinary,
  isJsonContentType,
  type BinaryMessage,
  type CloudEventBinding,
} from './integration/binary-mode.js';
export {
  BATCH_CONTENT_TYPE,
  CLOUDEVENTS_BATCH_JSON,
  decodeBatch,
  encodeBatch,
  isBatchContentType,
} from './integration/batch-mode.js';
export {
  CLOUDEVENTS_JSON,
  CLOUDEVENTS_SPEC_VERSION,
  CLOUDEVENT_CONTEXT_ATTRIBUTES,
  type CloudEvent,
} from './integration/cloud-event.js';
export { DuplicateMessageError } from './integration/duplicate-message.error.js';
export { InMemoryInbox } from './integration/in-memory-inbox.js';
export { InProcessIntegrationPublisher } from './integration/in-process-integration-publisher.js';
export type { Inbox } from './integration/inbox.js';
export { IntegrationData } from './integration/integration-data.js';
export type { IntegrationEventContext } from './integration/integration-event-context.js';
export {
  defineIntegrationEvent,
  versionOf,
  type IntegrationDataOf,
  type IntegrationEventDefinition,
} from './integration/integration-event-definition.js';
export { integrationEventId } from './integration/integration-event-id.js';
export { IntegrationEventMapper } from './integration/integration-event-mapper.js';
export { mapDomainEvent, type IntegrationEventMapping } from './integration/integration-event-mapping.js';
export type {
  IntegrationEventPublisher,
  PublishOutcome,
  PublishResult,
} from './integration/integration-event-publisher.js';
export {
  IntegrationEventReceiver,
  type IntegrationEventReceiverOptions,
  type ReceiveOptions,
  type ReceiveOutcome,
} from './integration/integration-event-receiver.js';
export { IntegrationEventRejectedError, type RejectionReason } from './integration/integration-event-rejected.error.js';
export {
  IntegrationEventRouter,
  type IntegrationEventHandler,
  type Upcaster,
} from './integration/integration-event-router.js';
export { IntegrationMappingOutbox } from './integration/integration-mapping-outbox.js';
export { isOutboxMessageStore, type OutboxMessageStore } from './integration/outbox-message-store.js';
export {
  OutboxRelay,
  type OutboxRelayOptions,
  type RelayAllOptions,
  type RelayReport,
} from './integration/outbox-relay.js';
export { AfterCommitTransactions } from './integration/after-commit-transactions.js';
export type { IntegrationOptions } from './integration/integration-options.js';
export { RelayRunner, type RelayRunnerOptions, type RelayRunnerStats } from './integration/relay-runner.js';
export { parseCloudEvent } from './integration/parse-cloud-event.js';
export {
  STRUCTURED_CONTENT_TYPE,
  decodeStructured,
  encodeStructured,
  fromJsonFormat,
  isStructuredContentType,
  toJsonFormat,
} from './integration/structured-mode.js';

// Unit of work and persistence ports
export type { AggregateMapper } from './uow/aggregate-mapper.js';
export type { AggregateStore, SaveVersions } from './uow/aggregate-store.js';
export type { Delivery, DeliveryStatus, OutboxBatch } from './uow/delivery.js';
export type { EventDispatcher } from './uow/event-dispatcher.js';
export type { DeliveryQuery, DeliveryStore, Outbox } from './uow/outbox.js';
export type { DispatcherContext, Persistence } from './uow/persistence.js';
export type { Repository } from './uow/repository.js';
export type { ScopeContext } from './uow/scope-context.js';
export { TrackingRepository } from './uow/tracking-repository.js';
export type { Transaction, TransactionManager } from './uow/transaction.js';
export {
  UnitOfWork,
  type CommitResult,
  type UnitOfWorkDependencies,
  type UnitOfWorkState,
} from './uow/unit-of-work.js';

// In-memory adapters
export { InMemoryAggregateStore } from './memory/in-memory-aggregate-store.js';
export { InMemoryOutbox } from './memory/in-memory-outbox.js';
export {
  InMemoryPersistence,
  inMemoryPersistence,
  type InMemoryPersistenceOptions,
} from './memory/in-memory-persistence.js';
export { InMemoryTransaction, type StagedWrite } from './memory/in-memory-transaction.js';
export { InMemoryTransactionManager } from './memory/in-memory-transaction-manager.js';

// Mediator
export { HandlesCommand, HandlesQuery, type MessageHandlerClass } from './mediator/handles-message.decorator.js';
export { Mediator, type SendOptions } from './mediator/mediator.js';
export type { MessageContext } from './mediator/message-context.js';
export {
  defineCommand,
  defineQuery,
  type CommandDefinition,
  type InputOf,
  type MessageDefinition,
  type MessageKind,
  type PayloadOf,
  type QueryDefinition,
  type ResultOf,
} from './mediator/message-definition.js';
export { MessageHandlerRegistry, type MessageHandlerRegistration } from './mediator/message-handler-registry.js';
export type { CommandHandler, QueryHandler } from './mediator/message-handlers.js';
export type { PipelineBehavior, PipelineBehaviorClass } from './mediator/pipeline-behavior.js';
export { UnitOfWorkBehavior } from './mediator/unit-of-work.behavior.js';

// Wiring
export { createGlia } from './di/create-glia.js';
export { Glia } from './di/glia.js';
export type { AggregateRegistration, GliaOptions } from './di/glia-options.js';
export { InjectRepository } from './di/inject-repository.decorator.js';
export { Scope } from './di/scope.js';
export { ScopeFactory, type ScopeFactoryOptions } from './di/scope-factory.js';
export { Tokens, repositoryToken } from './di/tokens.js';

// Primitives adapters build on
export { WakeUp } from './integration/wake-up.js';

// Logging
export { consoleLogger, silentLogger, type Logger } from './logging/logger.js';

// Observability (OpenTelemetry API: no-ops until an SDK is registered)
export type { ConsumerBacklog, ConsumerBacklogSource } from './observability/consumer-backlog.js';
export { isDeliveryStatsSource, type DeliveryStats, type DeliveryStatsSource } from './observability/delivery-stats.js';
export { endSpan, errorTypeOf } from './observability/end-span.js';
export { GliaInstruments } from './observability/glia-instruments.js';
export {
  GliaTelemetry,
  INSTRUMENTATION_SCOPE,
  globalTelemetry,
  type TelemetryOptions,
} from './observability/glia-telemetry.js';
export { logFieldsOf, withLogFields, type LogFields, type LogSource } from './observability/log-fields.js';
export { startPublishSpan, traceOf, type PublishSpanOptions } from './observability/publish-span.js';
export {
  recordConsumerLag,
  recordDeadLetter,
  startReceiveSpan,
  type ReceiveSpanOptions,
} from './observability/receive-span.js';
export { GLIA_MESSAGING_SYSTEM, TelemetryAttributes } from './observability/telemetry-attributes.js';
export {
  contextFromTraceContext,
  formatTraceparent,
  parseTraceparent,
  traceContextOf,
  traceIdOf,
  type TraceContext,
} from './observability/trace-context.js';
