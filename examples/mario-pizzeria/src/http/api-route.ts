import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { StaffRole } from './auth/staff-role.js';
import type { StaffIdentity } from './auth/staff-token.js';

/** The HTTP methods the API uses. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What a route handler gets besides the request: the checked caller and the request's merged input. */
export type RouteCall = {
  readonly request: FastifyRequest;
  readonly reply: FastifyReply;
  /** The staff member calling, for staff routes. */
  readonly caller: StaffIdentity | undefined;
  /** The JSON body's fields with the path parameters laid over them (`:orderId` → `orderId`). */
  readonly input: Record<string, unknown>;
};

/**
 * One endpoint, described once: fastify registers it from this and the OpenAPI document is generated
 * from the same object, with the command's or query's own zod schema, so the two never drift.
 */
export type ApiRoute = {
  readonly method: HttpMethod;
  /** Fastify path, parameters named like the command fields they fill, e.g. `/api/orders/:orderId`. */
  readonly url: string;
  /** One line for the docs. */
  readonly summary: string;
  /** The docs section. */
  readonly tag: string;
  /** Staff roles allowed; a public endpoint when absent. */
  readonly roles?: readonly StaffRole[];
  /** The request body's schema (path parameters are left out of the docs). */
  readonly body?: z.ZodType;
  /** The query string's schema. */
  readonly query?: z.ZodType;
  /** The success status (200 when absent). */
  readonly status?: number;
  /** A live stream (`text/event-stream`) rather than JSON. */
  readonly stream?: boolean;
  /** Answers the call; the value is sent as JSON (nothing for 204). */
  readonly handle: (call: RouteCall) => Promise<unknown>;
};
