import { ConfigurationError } from '@glia/core';

const NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Checks a schema name and returns it quoted for SQL; only lower-case identifiers are accepted. */
export function quoteSchema(schema: string): string {
  if (!NAME.test(schema)) {
    throw new ConfigurationError(
      'GLIA.INVALID_SCHEMA',
      `'${schema}' is not a valid schema name: use lower-case letters, digits and '_' (at most 63).`,
    );
  }
  return `"${schema}"`;
}
