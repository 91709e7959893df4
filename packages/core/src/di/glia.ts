import type { Container } from 'inversify';
import type { DeliveryFailureListener } from '../events/delivery-failure.js';
import type { DeliveryFailureReporter } from '../events/delivery-failure-reporter.js';
import type { EventHandlerRegistry } from '../events/event-handler-registry.js';
import type { RelayRunner } from '../integration/relay-runner.js';
import type { Mediator } from '../mediator/mediator.js';
import type { EventDispatcher } from '../uow/event-dispatcher.js';
import type { Delivery } from '../uow/delivery.js';
import type { DeliveryQuery, DeliveryStore } from '../uow/outbox.js';
import type { Persistence } from '../uow/persistence.js';
import type { ScopeContext } from '../uow/scope-context.js';
import type { Scope } from './scope.js';
import type { ScopeFactory } from './scope-factory.js';

/** A running Glia application: the handle `createGlia` returns. */
export class Glia {
  /** Created by `createGlia`. */
  constructor(
    /** The container Glia's services are bound in. */
    readonly container: Container,
    /** Sends commands and queries. */
    readonly mediator: Mediator,
    /** The event handlers that take part. */
    readonly eventHandlers: EventHandlerRegistry,
    /** The delivery records, for operations. */
    readonly deliveries: DeliveryStore,
    private readonly dispatcher: EventDispatcher,
    private readonly scopes: ScopeFactory,
    private readonly persistence: Persistence,
    private readonly failures: DeliveryFailureReporter,
    /** The integration-event relay of this process, if integration events are declared and relayed here. */
    readonly relay?: RelayRunner,
  ) {}

  /** Opens a scope of your own (a script, a test, a job): commit its unit of work yourself. */
  openScope(context?: Partial<ScopeContext>): Scope {
    return this.scopes.open(context);
  }

  /** Resolves once every delivery handed to the dispatcher so far has completed or died. */
  drain(): Promise<void> {
    return this.dispatcher.drain();
  }

  /** Revives dead deliveries (all, or those of one handler) and hands them to the dispatcher again. */
  async retryDead(query: Omit<DeliveryQuery, 'status'> = {}): Promise<readonly Delivery[]> {
    const revived = await this.deliveries.retryDead(query);
    if (revived.length > 0) this.dispatcher.dispatch(revived);
    return revived;
  }

  /** Listens to every failed delivery attempt; returns the unsubscribe function. */
  onDeliveryFailure(listener: DeliveryFailureListener): () => void {
    return this.failures.subscribe(listener);
  }

  /** Waits for in-flight deliveries, stops the relay (closing its publisher), then closes the persistence adapter. */
  async close(): Promise<void> {
    await this.dispatcher.drain();
    await this.relay?.close();
    await this.persistence.close?.();
  }
}
