import { randomUUID } from 'node:crypto';
import { Container, type ServiceIdentifier } from 'inversify';
import type { AggregateRoot } from '../domain/aggregate-root.js';
import type { EventHandlerRegistry } from '../events/event-handler-registry.js';
import type { AggregateStore } from '../uow/aggregate-store.js';
import type { EventDispatcher } from '../uow/event-dispatcher.js';
import type { Outbox } from '../uow/outbox.js';
import type { Repository } from '../uow/repository.js';
import type { ScopeContext } from '../uow/scope-context.js';
import { TrackingRepository } from '../uow/tracking-repository.js';
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
};

/** Opens scopes: a child container of the application's, with its own unit of work and repositories. */
export class ScopeFactory {
  /** Created by `createGlia`. */
  constructor(private readonly options: ScopeFactoryOptions) {}

  /** Opens a new scope; a missing correlation id is generated. */
  open(context: Partial<ScopeContext> = {}): Scope {
    const { root, transactions, outbox, handlers, repositories } = this.options;
    const full: ScopeContext = { ...context, correlationId: context.correlationId ?? randomUUID() };
    const unitOfWork = new UnitOfWork({
      transactions,
      outbox,
      handlers,
      dispatcher: this.options.dispatcher(),
      context: full,
    });
    const container = new Container({ parent: root });
    container.bind(UnitOfWork).toConstantValue(unitOfWork);
    container.bind(Tokens.ScopeContext).toConstantValue(full);
    for (const [token, store] of repositories) {
      container
        .bind(token)
        .toDynamicValue(() => new TrackingRepository(store, unitOfWork))
        .inSingletonScope();
    }
    const scope = new Scope(container, unitOfWork, full);
    container.bind(Scope).toConstantValue(scope);
    return scope;
  }
}
