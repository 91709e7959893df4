import { inject } from 'inversify';
import type { AggregateRoot } from '../domain/aggregate-root.js';
import type { AggregateClass } from '../domain/aggregate-type.decorator.js';
import { repositoryToken } from './tokens.js';

/** Injects the current scope's `Repository<T>` for an aggregate class: `@InjectRepository(Order) orders: Repository<Order>`. */
export function InjectRepository<T extends AggregateRoot>(aggregateClass: AggregateClass<T>) {
  return inject(repositoryToken(aggregateClass));
}
