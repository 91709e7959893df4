import { GliaError } from '@glia/core';

/** No connection to RabbitMQ came up within the time a caller was willing to wait. */
export class BrokerUnavailableError extends GliaError {
  /** The stable code. */
  static readonly code = 'GLIA.RABBITMQ_UNAVAILABLE';

  /** Creates the error; prefer the `within` factory. */
  constructor(message: string, details: Readonly<Record<string, unknown>>) {
    super(BrokerUnavailableError.code, message, { details });
  }

  /** No connection to the broker at `url` within `ms`; names the host, never the credentials. */
  static within(url: string, ms: number, lastError: string | undefined): BrokerUnavailableError {
    const host = hostOf(url);
    const because = lastError === undefined ? '' : ` (last attempt: ${lastError})`;
    return new BrokerUnavailableError(`No connection to RabbitMQ at ${host} within ${ms} ms${because}.`, {
      host,
      waitedMs: ms,
      ...(lastError !== undefined && { lastError }),
    });
  }

  /** True for this error, from any copy of the package. */
  static override is(error: unknown): error is BrokerUnavailableError {
    return GliaError.is(error, BrokerUnavailableError.code);
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'an unparsable URL';
  }
}
