import { ConfigurationError } from '@glia/core';

const NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Checks a schema name and returns it quoted for SQL; only lower-case identifiers are accepted. */
export function quoteSchema(schema: string): string {
  return quoteName(schema, 'schema', 'GLIA.INVALID_SCHEMA');
}

/** Checks a table name (a migrations table) and returns it quoted for SQL, as `quoteSchema` does. */
export function quoteTable(table: string): string {
  return quoteName(table, 'table', 'GLIA.INVALID_TABLE');
}

function quoteName(name: string, kind: string, code: string): string {
  if (!NAME.test(name)) {
    throw new ConfigurationError(
      code,
      `'${name}' is not a valid ${kind} name: use lower-case letters, digits and '_' (at most 63).`,
    );
  }
  return `"${name}"`;
}
