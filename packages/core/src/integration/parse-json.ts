import { IntegrationEventRejectedError } from './integration-event-rejected.error.js';

/** Parses a JSON body (UTF-8); one that is not JSON is poison: a `not-json` rejection naming `what`. */
export function parseJson(body: Uint8Array | string, what: string): unknown {
  const text = typeof body === 'string' ? body : Buffer.from(body).toString('utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new IntegrationEventRejectedError('not-json', `${what} is not JSON: ${(error as Error).message}`);
  }
}
