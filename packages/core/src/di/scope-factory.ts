import { randomUUID } from 'node:crypto';
import type { Container, ServiceIdentifier } from 'inversify';
import type { AggregateRoot } from '../domain/aggregate-root.js';
import { GliaError } from '../errors/glia-error.js';
import type { EventHandlerRegistry } from '../events/event-handler-registry.js';
import type { GliaTelemetry } from '../observability/glia-telemetry.js';
import type { AggregateStore } from '../uow/aggregate-store.js';
import type { EventDispatcher } from '../uow/event-dispatcher.js';
import type { Outbox } from '../uow/outbox.js';
import type { Repository } from '../uow/repository.js';
import type { ScopeContext } from '../uow/scope-context.js';
import type { TransactionManager } from '../uow/transaction.js';
import { UnitOfWork } from '../uow/unit-of-work.js';
import { Scope } from './scope.js';
import { Tokens } from './tokens.js';

/** What scopes are made of. */
export type ScopeFactoryOptions = {
  readonly root: Container;
  readonly transactions: TransactionManager;
  readonly outbox: Outbox;
  readonly handlers: EventHandlerRegistry;
  readonly dispatcher: () => EventDispatcher;
  readonly repositories: ReadonlyMap<ServiceIdentifier<Repository<AggregateRoot>>, AggregateStore<AggregateRoot>>;
  /** Where commit spans and metrics go; the global providers when absent. */
  readonly telemetry?: GliaTelemetry;
};

/**
 * Opens scopes. The scoped services (`UnitOfWork`, `ScopeContext`, `Scope`, repositories) are bound
 * once in the application container as transient values that read the scope being resolved, which
 * `Scope.get` sets around its synchronous `container.get`. So opening a scope costs two small
 * objects, and resolving in it reuses the container's cached plans: no child container per delivery.
 */
export class ScopeFactory {
  private resolving: Scope | undefined;

  /** Created by `createGlia`; binds the scoped services in the root container. */
  constructor(private readonly options: ScopeFactoryOptions) {
    const { root, repositories } = options;
    // Transient explicitly: a container whose default scope is Singleton would otherwise cache the
    // first scope's unit of work and hand it to every later scope.
    root
      .bind(UnitOfWork)
      .toDynamicValue(() => this.current(UnitOfWork.name).unitOfWork)
      .inTransientScope();
    root
      .bind(Tokens.ScopeContext)
      .toDynamicValue(() => this.current('ScopeContext').context)
      .inTransientScope();
    root
      .bind(Scope)
      .toDynamicValue(() => this.current(Scope.name))
      .inTransientScope();
    for (const [token, store] of repositories) {
      root
        .bind(token)
        .toDynamicValue(() => this.current(String(token)).repository(token, store))
        .inTransientScope();
    }
  }

  /** Opens a new scope; a missing correlation id is generated. */
  open(context: Partial<ScopeContext> = {}): Scope {
    const { root, transactions, outbox, handlers } = this.options;
    const full: ScopeContext = { ...context, correlationId: context.correlationId ?? randomUUID() };
    const unitOfWork = new UnitOfWork({
      transactions,
      outbox,
      handlers,
      dispatcher: this.options.dispatcher(),
      context: full,
      ...(this.options.telemetry !== undefined && { telemetry: this.options.telemetry }),
    });
    return new Scope(unitOfWork, full, root, this.resolve);
  }

  // Resolution is synchronous, so no other scope can be current while this one resolves.
  private readonly resolve = <T>(scope: Scope, container: Container, token: ServiceIdentifier<T>): T => {
    const previous = this.resolving;
    this.resolving = scope;
    try {
      return container.get(token);
    } finally {
      this.resolving = previous;
    }
  };

  private current(what: string): Scope {
    if (this.resolving === undefined) {
      throw new GliaError(
        'GLIA.NO_SCOPE',
        `${what} belongs to a scope: resolve it through a Scope (handlers are resolved in one; scripts use glia.openScope()).`,
      );
    }
    return this.resolving;
  }
}
