import { z } from 'zod';
import type { ApiRoute } from './api-route.js';

/** A JSON Schema object, as `z.toJSONSchema` makes it. */
type JsonSchema = Record<string, unknown> & { properties?: Record<string, unknown>; required?: string[] };

const errorBody: JsonSchema = {
  type: 'object',
  required: ['code', 'message'],
  properties: {
    code: { type: 'string', description: 'Stable code, e.g. ORDER.NOT_PENDING, GLIA.VALIDATION, GLIA.CONCURRENCY' },
    message: { type: 'string' },
    issues: {
      type: 'array',
      items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } },
    },
    retryable: { type: 'boolean' },
    details: { type: 'object' },
  },
};

/**
 * The OpenAPI 3.1 description of the routes, generated from the same route objects fastify serves and
 * from the commands' and queries' own zod schemas (path parameters taken out of the bodies).
 */
export function openApiDocument(routes: readonly ApiRoute[]): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const pathParams = [...route.url.matchAll(/:(\w+)/g)].map((m) => m[1] as string);
    const path = route.url.replace(/:(\w+)/g, '{$1}');
    paths[path] ??= {};
    (paths[path] as Record<string, unknown>)[route.method.toLowerCase()] = operation(route, pathParams);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: "Mario's Pizzeria API",
      version: '0.1.0',
      description:
        'Commands and queries of the Glia sample application. Staff endpoints need `Authorization: Bearer <token>` ' +
        'from `POST /api/auth/dev-login`. Errors carry a stable `code`: 400 GLIA.VALIDATION (with `issues`), ' +
        '401/403 AUTH.*, 404 GLIA.AGGREGATE_NOT_FOUND, 409 with the domain code or GLIA.CONCURRENCY (`retryable`).',
    },
    components: {
      securitySchemes: { staff: { type: 'http', scheme: 'bearer' } },
      schemas: { Error: errorBody },
    },
    paths,
  };
}

function operation(route: ApiRoute, pathParams: readonly string[]): Record<string, unknown> {
  const parameters = [
    ...pathParams.map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } })),
    ...queryParameters(route.query),
  ];
  const success = route.status ?? 200;
  const responses: Record<string, unknown> = {
    [success]: route.stream
      ? {
          description: 'A stream of server-sent events',
          content: { 'text/event-stream': { schema: { type: 'string' } } },
        }
      : { description: success === 204 ? 'Done' : 'OK' },
  };
  for (const status of errorStatuses(route)) {
    responses[status] = {
      description: 'Error',
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
    };
  }
  return {
    summary: route.summary,
    tags: [route.tag],
    operationId: `${route.method.toLowerCase()}${route.url.replace(/[/:-](\w)/g, (_, c: string) => c.toUpperCase())}`,
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(route.body === undefined
      ? {}
      : {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: bodySchema(route.body, pathParams) } },
          },
        }),
    ...(route.roles === undefined ? {} : { security: [{ staff: [] }], 'x-roles': route.roles }),
    responses,
  };
}

function jsonSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

function bodySchema(schema: z.ZodType, pathParams: readonly string[]): JsonSchema {
  const json = jsonSchema(schema);
  if (json.properties === undefined) return json;
  const properties = Object.fromEntries(Object.entries(json.properties).filter(([k]) => !pathParams.includes(k)));
  const required = (json.required ?? []).filter((k) => !pathParams.includes(k));
  const { required: _required, properties: _properties, ...others } = json;
  return required.length > 0 ? { ...others, properties, required } : { ...others, properties };
}

function queryParameters(schema: z.ZodType | undefined): unknown[] {
  if (schema === undefined) return [];
  const json = jsonSchema(schema);
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query',
    required: (json.required ?? []).includes(name) && (property as { default?: unknown }).default === undefined,
    schema: property,
    ...((property as { type?: unknown }).type === 'array' ? { style: 'form', explode: false } : {}),
  }));
}

function errorStatuses(route: ApiRoute): number[] {
  const statuses = [400];
  if (route.roles !== undefined) statuses.push(401, 403);
  if (route.url.includes(':')) statuses.push(404);
  if (route.method !== 'GET') statuses.push(409);
  return statuses;
}
