import { ConfigurationError } from '../errors/configuration.error.js';

const AGGREGATE_TYPE = Symbol.for('glia.aggregateType');

/**
 * Any aggregate class. Typed by its prototype rather than its constructor, so aggregates with
 * private or protected constructors (created through static factories) can be declared too.
 */
export type AggregateClass<T = unknown> = Function & { readonly prototype: T };

/**
 * Declares the stable type name of an aggregate class, e.g. `@AggregateType('Order')`. It keys the
 * aggregate in storage and stamps its events, so it must not change once data exists.
 */
export function AggregateType(name: string) {
  if (name.trim() === '') {
    throw new ConfigurationError('GLIA.INVALID_AGGREGATE_TYPE', 'An aggregate type name cannot be empty.');
  }
  return <C extends AggregateClass>(target: C): C => {
    Object.defineProperty(target, AGGREGATE_TYPE, { value: name, enumerable: false });
    return target;
  };
}

/** The declared type name of an aggregate class; throws a clear error if it was not decorated. */
export function aggregateTypeOf(aggregateClass: AggregateClass): string {
  if (!Object.prototype.hasOwnProperty.call(aggregateClass, AGGREGATE_TYPE)) {
    throw ConfigurationError.missingDecorator(`Aggregate class ${aggregateClass.name}`, "@AggregateType('…')");
  }
  return (aggregateClass as unknown as Record<symbol, string>)[AGGREGATE_TYPE] as string;
}
