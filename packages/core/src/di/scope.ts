import type { Container, ServiceIdentifier } from 'inversify';
import type { ScopeContext } from '../uow/scope-context.js';
import type { UnitOfWork } from '../uow/unit-of-work.js';

/**
 * One unit of work's worth of services: a child container in which the unit of work, the context
 * and the repositories are bound once. Everything resolved from it shares them.
 */
export class Scope {
  /** Created by `ScopeFactory.open`. */
  constructor(
    readonly container: Container,
    readonly unitOfWork: UnitOfWork,
    readonly context: ScopeContext,
  ) {}

  /** Resolves a service within this scope. */
  get<T>(token: ServiceIdentifier<T>): T {
    return this.container.get(token);
  }
}
