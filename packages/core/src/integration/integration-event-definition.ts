import type { z } from 'zod';
import { ConfigurationError } from '../errors/configuration.error.js';

/** A declared integration event: its versioned CloudEvents type, its source and its data schema. */
export type IntegrationEventDefinition<S extends z.ZodType = z.ZodType> = {
  /** Reverse-DNS type ending in its version, e.g. `com.mariopizzeria.order.confirmed.v1`. */
  readonly type: string;
  /** URI-reference of the producing context, e.g. `/mario-pizzeria/orders`. */
  readonly source: string;
  /** Validates `data` on publish and on receipt. */
  readonly schema: S;
  /** Optional URI of a published schema, written as `dataschema`. */
  readonly dataschema?: string;
};

/** The data an integration event carries, as its schema outputs it. */
export type IntegrationDataOf<D extends IntegrationEventDefinition> = z.output<D['schema']>;

// Versioned so that v1 and v2 can live side by side: consumers upcast old versions.
const VERSIONED_TYPE = /^[a-z0-9][a-z0-9-]*(\.[a-z0-9][a-z0-9_-]*)+\.v[0-9]+$/i;

/**
 * Declares an integration event once, for producers and consumers alike, e.g.
 * `defineIntegrationEvent({ type: 'com.mariopizzeria.order.confirmed.v1', source: '/mario-pizzeria/orders', schema })`.
 */
export function defineIntegrationEvent<S extends z.ZodType>(
  definition: IntegrationEventDefinition<S>,
): IntegrationEventDefinition<S> {
  if (!VERSIONED_TYPE.test(definition.type)) {
    throw new ConfigurationError(
      'GLIA.INVALID_INTEGRATION_EVENT_TYPE',
      `'${definition.type}' is not a versioned reverse-DNS type: use e.g. 'com.example.order.confirmed.v1'.`,
    );
  }
  if (definition.source.length === 0) {
    throw new ConfigurationError(
      'GLIA.INVALID_INTEGRATION_EVENT_SOURCE',
      `${definition.type} needs a non-empty source.`,
    );
  }
  return Object.freeze({ ...definition });
}

/** The version number at the end of a type (`...v2` is 2). */
export function versionOf(type: string): number {
  return Number(/\.v([0-9]+)$/i.exec(type)?.[1] ?? 0);
}
