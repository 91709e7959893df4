import type { ServiceIdentifier } from 'inversify';
import { aggregateTypeOf, type AggregateClass } from '../domain/aggregate-type.decorator.js';
import type { AggregateRoot } from '../domain/aggregate-root.js';
import type { Logger } from '../logging/logger.js';
import type { DeliveryStore, Outbox } from '../uow/outbox.js';
import type { Repository } from '../uow/repository.js';
import type { ScopeContext } from '../uow/scope-context.js';
import type { TransactionManager } from '../uow/transaction.js';

/** Container tokens for Glia's ports and scoped values (classes such as `UnitOfWork` are their own tokens). */
export const Tokens = {
  /** The current scope's context (correlation and causation ids); bound in every scope. */
  ScopeContext: Symbol.for('glia.ScopeContext') as ServiceIdentifier<ScopeContext>,
  /** The persistence adapter's transaction manager. */
  TransactionManager: Symbol.for('glia.TransactionManager') as ServiceIdentifier<TransactionManager>,
  /** The persistence adapter's outbox. */
  Outbox: Symbol.for('glia.Outbox') as ServiceIdentifier<Outbox>,
  /** The persistence adapter's delivery records. */
  DeliveryStore: Symbol.for('glia.DeliveryStore') as ServiceIdentifier<DeliveryStore>,
  /** The logger Glia writes through. */
  Logger: Symbol.for('glia.Logger') as ServiceIdentifier<Logger>,
} as const;

/** The token of the scoped `Repository<T>` for an aggregate class, derived from its declared type. */
export function repositoryToken<T extends AggregateRoot>(
  aggregateClass: AggregateClass<T>,
): ServiceIdentifier<Repository<T>> {
  return Symbol.for(`glia.Repository:${aggregateTypeOf(aggregateClass)}`);
}
