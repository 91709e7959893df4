import { ConfigurationError } from '@glia/core';

const NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Checks a schema name and returns it quoted for SQL; like Glia, it accepts lower-case identifiers only. */
export function quoteSchemaName(schema: string): string {
  if (!NAME.test(schema)) {
    throw new ConfigurationError(
      'PIZZERIA.INVALID_SCHEMA',
      `'${schema}' is not a valid schema name: use lower-case letters, digits and '_' (at most 63).`,
    );
  }
  return `"${schema}"`;
}
