import type { CommandDefinition, InputOf, Mediator, QueryDefinition } from '@glia/core';
import type { ApiRoute } from './api-route.js';

/**
 * A route handler that sends a command with the request's input, then answers a query on the same input
 * (e.g. the order it changed): the query's schema keeps only the fields it needs, such as `orderId`.
 */
export function sendThenQuery<C extends CommandDefinition, Q extends QueryDefinition>(
  mediator: Mediator,
  command: C,
  query: Q,
): ApiRoute['handle'] {
  return async ({ request, input }) => {
    await mediator.send(command, input as InputOf<C>, { correlationId: request.id });
    return mediator.query(query, input as InputOf<Q>, { correlationId: request.id });
  };
}
