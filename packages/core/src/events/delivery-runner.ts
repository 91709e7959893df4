import { ConfigurationError } from '../errors/configuration.error.js';
import type { Delivery } from '../uow/delivery.js';
import type { Scope } from '../di/scope.js';
import type { ScopeContext } from '../uow/scope-context.js';
import type { DomainEventHandler, Raised } from './domain-event-handler.js';
import type { EventHandlerRegistry } from './event-handler-registry.js';
import type { Transaction } from '../uow/transaction.js';

/** Writes that must commit together with the handler's own unit of work (completing a record). */
export type DeliveryCompletion = (tx: Transaction) => Promise<void>;

/**
 * Runs one attempt of one delivery: opens a scope of its own, resolves the handler from it, handles
 * the event, and commits the scope's unit of work. Throws whatever the handler or commit threw.
 */
export class DeliveryRunner {
  /** Creates a runner over the registry and a way to open scopes. */
  constructor(
    private readonly handlers: EventHandlerRegistry,
    private readonly openScope: (context: ScopeContext) => Scope,
  ) {}

  /** Runs one attempt; `completion`, if given, is written in the same transaction as the handler's changes. */
  async run(delivery: Delivery, completion?: DeliveryCompletion): Promise<void> {
    const registration = this.handlers.get(delivery.handler);
    if (registration === undefined) {
      throw new ConfigurationError(
        'GLIA.UNKNOWN_HANDLER',
        `A delivery names handler '${delivery.handler}', which is not registered in this process.`,
      );
    }
    const { event } = delivery;
    const scope = this.openScope({ correlationId: event.correlationId ?? event.eventId, causationId: event.eventId });
    let handler: DomainEventHandler;
    try {
      handler = scope.get(registration.handlerClass);
    } catch (error) {
      throw ConfigurationError.unresolvable(registration.name, error);
    }
    // Deliveries are made only for events committed by a unit of work, which aggregates raised.
    await handler.handle(event as Raised<typeof event>);
    if (completion !== undefined) scope.unitOfWork.enlist(completion);
    await scope.unitOfWork.commit();
  }
}
