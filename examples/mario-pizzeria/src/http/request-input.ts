import { ValidationError } from '@glia/core';

/** Lays the path parameters over the JSON body: a path's `:orderId` always wins over the body's. */
export function requestInput(body: unknown, params: unknown): Record<string, unknown> {
  const fromPath = (params ?? {}) as Record<string, unknown>;
  if (body === undefined || body === null) return { ...fromPath };
  if (typeof body !== 'object' || Array.isArray(body)) {
    throw new ValidationError('request body', [{ path: '', code: 'invalid_type', message: 'Expected a JSON object.' }]);
  }
  return { ...(body as Record<string, unknown>), ...fromPath };
}

/** How a query-string field is read before the query's schema checks it. */
export type QueryField = 'number' | 'boolean' | 'list' | 'string';

/**
 * Turns query-string text into the types a query's schema expects (`?limit=3` → 3,
 * `?status=ready,cooking` → a list); text that does not convert is passed on as it is, so the schema
 * names the field in its 400.
 */
export function queryInput(query: unknown, fields: Readonly<Record<string, QueryField>>): Record<string, unknown> {
  const raw = (query ?? {}) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [name, kind] of Object.entries(fields)) {
    const value = raw[name];
    if (value === undefined) continue;
    out[name] = convert(value, kind);
  }
  return out;
}

function convert(value: unknown, kind: QueryField): unknown {
  if (typeof value !== 'string') return kind === 'list' && Array.isArray(value) ? value.flatMap(split) : value;
  switch (kind) {
    case 'number':
      return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
    case 'boolean':
      return value === 'true' ? true : value === 'false' ? false : value;
    case 'list':
      return split(value);
    case 'string':
      return value;
  }
}

function split(value: unknown): unknown[] {
  return typeof value === 'string' ? value.split(',').filter((s) => s !== '') : [value];
}
