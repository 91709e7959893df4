import { Container, type ServiceIdentifier } from 'inversify';
import type { AggregateRoot } from '../domain/aggregate-root.js';
import type { AggregateStore } from '../uow/aggregate-store.js';
import type { Repository } from '../uow/repository.js';
import type { ScopeContext } from '../uow/scope-context.js';
import { TrackingRepository } from '../uow/tracking-repository.js';
import type { UnitOfWork } from '../uow/unit-of-work.js';

/** How a scope resolves services: set itself as the current scope around a synchronous `get`. */
export type ScopeResolver = <T>(scope: Scope, container: Container, token: ServiceIdentifier<T>) => T;

/**
 * One unit of work's worth of services: everything resolved through it shares its unit of work,
 * context and repositories. Resolution uses the application container's cached plans; a child
 * container is made only if you ask for `container` (to bind services of your own to this scope).
 */
export class Scope {
  private child: Container | undefined;
  private readonly repositories = new Map<ServiceIdentifier, Repository<AggregateRoot>>();

  /** Created by `ScopeFactory.open`. */
  constructor(
    readonly unitOfWork: UnitOfWork,
    readonly context: ScopeContext,
    private readonly root: Container,
    private readonly resolver: ScopeResolver,
  ) {}

  /** A child container of the application's for this scope alone; made on first use. */
  get container(): Container {
    this.child ??= new Container({ parent: this.root });
    return this.child;
  }

  /** Resolves a service within this scope. */
  get<T>(token: ServiceIdentifier<T>): T {
    return this.resolver(this, this.child ?? this.root, token);
  }

  /** This scope's repository over `store`, made on first use and then reused. */
  repository<T extends AggregateRoot>(token: ServiceIdentifier, store: AggregateStore<T>): Repository<T> {
    let repository = this.repositories.get(token);
    if (repository === undefined) {
      repository = new TrackingRepository(store, this.unitOfWork) as unknown as Repository<AggregateRoot>;
      this.repositories.set(token, repository);
    }
    return repository as unknown as Repository<T>;
  }
}
