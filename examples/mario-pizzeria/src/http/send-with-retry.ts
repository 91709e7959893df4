import {
  ConcurrencyError,
  type CommandDefinition,
  type InputOf,
  type Mediator,
  type ResultOf,
  type SendOptions,
} from '@glia/core';

/** How many times a command that lost a race is sent in all, by default. */
export const DEFAULT_SEND_ATTEMPTS = 3;

/**
 * Sends a command again when its commit lost a race (`ConcurrencyError`): nothing of the failed attempt
 * was saved, and each attempt runs in a new scope, so it sees the winner's changes. Only for commands
 * that are safe to run again, such as `PlaceOrder` (a second first order finds the customer the first registered).
 */
export async function sendWithRetry<D extends CommandDefinition>(
  mediator: Mediator,
  command: D,
  input: InputOf<D>,
  options: SendOptions = {},
  attempts = DEFAULT_SEND_ATTEMPTS,
): Promise<ResultOf<D>> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await mediator.send(command, input, options);
    } catch (error) {
      if (!ConcurrencyError.is(error) || attempt >= attempts) throw error;
    }
  }
}
