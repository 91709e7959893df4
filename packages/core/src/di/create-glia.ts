import { Container, type ServiceIdentifier } from 'inversify';
import type { AggregateRoot } from '../domain/aggregate-root.js';
import { DeliveryFailureReporter } from '../events/delivery-failure-reporter.js';
import { DeliveryRunner } from '../events/delivery-runner.js';
import { EventHandlerRegistry } from '../events/event-handler-registry.js';
import { InProcessDispatcher } from '../events/in-process-dispatcher.js';
import { defaultRetryPolicy } from '../events/retry-policy.js';
import { IntegrationEventMapper } from '../integration/integration-event-mapper.js';
import { IntegrationMappingOutbox } from '../integration/integration-mapping-outbox.js';
import { isOutboxMessageStore } from '../integration/outbox-message-store.js';
import { consoleLogger } from '../logging/logger.js';
import { MessageHandlerRegistry } from '../mediator/message-handler-registry.js';
import { Mediator } from '../mediator/mediator.js';
import { UnitOfWorkBehavior } from '../mediator/unit-of-work.behavior.js';
import { inMemoryPersistence } from '../memory/in-memory-persistence.js';
import type { AggregateStore } from '../uow/aggregate-store.js';
import type { EventDispatcher } from '../uow/event-dispatcher.js';
import type { Persistence } from '../uow/persistence.js';
import type { Repository } from '../uow/repository.js';
import { Glia } from './glia.js';
import type { GliaOptions } from './glia-options.js';
import { ScopeFactory } from './scope-factory.js';
import { Tokens, repositoryToken } from './tokens.js';

/**
 * Sets Glia up on a container: registers the handlers and aggregates you list, binds the mediator,
 * the ports and a scoped unit of work and repositories, starts the persistence adapter, and returns
 * the running application.
 */
export async function createGlia(options: GliaOptions = {}): Promise<Glia> {
  const container = options.container ?? new Container();
  const persistence: Persistence = options.persistence ?? inMemoryPersistence();
  const logger = options.logger ?? consoleLogger;
  const retry = { ...defaultRetryPolicy, ...options.retry };

  const eventHandlers = new EventHandlerRegistry();
  for (const handler of options.eventHandlers ?? []) eventHandlers.register(handler);
  const messageHandlers = new MessageHandlerRegistry();
  for (const handler of [...(options.commandHandlers ?? []), ...(options.queryHandlers ?? [])]) {
    messageHandlers.register(handler);
  }

  const repositories = new Map<ServiceIdentifier<Repository<AggregateRoot>>, AggregateStore<AggregateRoot>>();
  for (const entry of options.aggregates ?? []) {
    const { aggregate, mapper } = typeof entry === 'function' ? { aggregate: entry, mapper: undefined } : entry;
    repositories.set(repositoryToken(aggregate), persistence.storeFor(aggregate, mapper));
  }

  await persistence.start?.();

  const integration = new IntegrationEventMapper(options.integrationEvents ?? []);
  const mapsEvents = integration.list().length > 0;
  if (mapsEvents && !isOutboxMessageStore(persistence.outbox)) {
    logger.warn('The outbox of this persistence adapter does not keep integration events: they will not be relayed.');
  }
  // Integration events join each outbox batch inside the commit's transaction.
  const outbox = mapsEvents ? new IntegrationMappingOutbox(persistence.outbox, integration) : persistence.outbox;

  const failures = new DeliveryFailureReporter(logger);
  // Scopes need the dispatcher and the dispatcher opens scopes: the reference is filled in below.
  const dispatcherRef: { current?: EventDispatcher } = {};
  const scopes = new ScopeFactory({
    root: container,
    transactions: persistence.transactions,
    outbox,
    handlers: eventHandlers,
    repositories,
    dispatcher: () => dispatcherRef.current as EventDispatcher,
  });
  const runner = new DeliveryRunner(eventHandlers, (context) => scopes.open(context));
  const context = { runner, handlers: eventHandlers, retry, logger, failures };
  const created: EventDispatcher =
    persistence.createDispatcher?.(context) ??
    new InProcessDispatcher({ ...context, deliveries: persistence.deliveries });
  dispatcherRef.current = created;

  const bindOnce = (service: Function): void => {
    if (!container.isBound(service as never)) container.bind(service as never).toSelf();
  };
  for (const r of eventHandlers.list()) bindOnce(r.handlerClass);
  for (const r of messageHandlers.list()) bindOnce(r.handlerClass);
  for (const behavior of options.behaviors ?? []) bindOnce(behavior);
  bindOnce(UnitOfWorkBehavior);

  const mediator = new Mediator(scopes, messageHandlers, options.behaviors ?? []);
  container.bind(Mediator).toConstantValue(mediator);
  container.bind(Tokens.TransactionManager).toConstantValue(persistence.transactions);
  container.bind(Tokens.Outbox).toConstantValue(persistence.outbox);
  container.bind(Tokens.DeliveryStore).toConstantValue(persistence.deliveries);
  container.bind(Tokens.Logger).toConstantValue(logger);

  const glia = new Glia(
    container,
    mediator,
    eventHandlers,
    persistence.deliveries,
    created,
    scopes,
    persistence,
    failures,
  );
  container.bind(Glia).toConstantValue(glia);
  return glia;
}
