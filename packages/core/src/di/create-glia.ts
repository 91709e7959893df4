import { Container, type ServiceIdentifier } from 'inversify';
import type { AggregateRoot } from '../domain/aggregate-root.js';
import { describeError } from '../events/delivery-failure.js';
import { DeliveryFailureReporter } from '../events/delivery-failure-reporter.js';
import { DeliveryRunner } from '../events/delivery-runner.js';
import { EventHandlerRegistry } from '../events/event-handler-registry.js';
import { InProcessDispatcher } from '../events/in-process-dispatcher.js';
import { defaultRetryPolicy } from '../events/retry-policy.js';
import { wireIntegration } from '../integration/wire-integration.js';
import { consoleLogger, silentLogger, type Logger } from '../logging/logger.js';
import { isDeliveryStatsSource } from '../observability/delivery-stats.js';
import { GliaTelemetry, globalTelemetry } from '../observability/glia-telemetry.js';
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
  // Quiet by default in tests (jest sets JEST_WORKER_ID): failures are asserted, not printed.
  const logger = options.logger ?? (process.env['JEST_WORKER_ID'] === undefined ? consoleLogger : silentLogger);
  const telemetry =
    options.telemetry === undefined
      ? globalTelemetry
      : options.telemetry instanceof GliaTelemetry
        ? options.telemetry
        : new GliaTelemetry(options.telemetry);
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

  // From here on the adapter holds connections (a PGlite instance, a pool): a failure must release them.
  try {
    await persistence.start?.();

    // Integration events join each outbox batch inside the commit's transaction; a relay publishes them.
    const { outbox, transactions, relay } = wireIntegration(
      persistence,
      options.integrationEvents ?? [],
      options.integration ?? {},
      logger,
      telemetry,
    );

    const failures = new DeliveryFailureReporter(logger, telemetry);
    if (isDeliveryStatsSource(persistence.deliveries)) telemetry.observeDeliveryStats(persistence.deliveries, logger);
    // Scopes need the dispatcher and the dispatcher opens scopes: the reference is filled in below.
    const dispatcherRef: { current?: EventDispatcher } = {};
    const scopes = new ScopeFactory({
      root: container,
      transactions,
      outbox,
      handlers: eventHandlers,
      repositories,
      dispatcher: () => dispatcherRef.current as EventDispatcher,
      telemetry,
    });
    const runner = new DeliveryRunner(eventHandlers, (context) => scopes.open(context), telemetry);
    const context = { runner, handlers: eventHandlers, retry, logger, failures };
    const created: EventDispatcher =
      persistence.createDispatcher?.(context) ??
      new InProcessDispatcher({ ...context, deliveries: persistence.deliveries });
    dispatcherRef.current = created;

    const bindOnce = (service: Function): void => {
      // Handlers depend on scoped services, so they are never singletons, whatever the container's default.
      if (!container.isBound(service as never))
        container
          .bind(service as never)
          .toSelf()
          .inTransientScope();
    };
    for (const r of eventHandlers.list()) bindOnce(r.handlerClass);
    for (const r of messageHandlers.list()) bindOnce(r.handlerClass);
    for (const behavior of options.behaviors ?? []) bindOnce(behavior);
    bindOnce(UnitOfWorkBehavior);

    const mediator = new Mediator(scopes, messageHandlers, options.behaviors ?? [], telemetry);
    container.bind(Mediator).toConstantValue(mediator);
    container.bind(Tokens.TransactionManager).toConstantValue(persistence.transactions);
    container.bind(Tokens.Outbox).toConstantValue(persistence.outbox);
    container.bind(Tokens.DeliveryStore).toConstantValue(persistence.deliveries);
    container.bind(Tokens.Logger).toConstantValue(logger);
    container.bind(GliaTelemetry).toConstantValue(telemetry);

    const glia = new Glia(
      container,
      mediator,
      eventHandlers,
      persistence.deliveries,
      created,
      scopes,
      persistence,
      failures,
      relay,
    );
    container.bind(Glia).toConstantValue(glia);
    relay?.start();
    return glia;
  } catch (error) {
    await closeAfterFailure(persistence, logger);
    throw error;
  }
}

// Closes an adapter that createGlia failed to set up; the original error is the one worth throwing.
async function closeAfterFailure(persistence: Persistence, logger: Logger): Promise<void> {
  try {
    await persistence.close?.();
  } catch (error) {
    logger.error('Could not close the persistence adapter after createGlia failed', { error: describeError(error) });
  }
}
