import { silentLogger, type IntegrationOptions, type Logger } from '@glia/core';
import { RabbitMqPublisher } from '@glia/rabbitmq';
import { redactUrl } from '../logging/redact-url.js';
import { integrationLogReceiver } from './integration-log.receiver.js';

/** The exchange the pizzeria publishes its integration events to, unless `PIZZERIA_EXCHANGE` says otherwise. */
export const PIZZERIA_EXCHANGE = 'mario-pizzeria.events';

/** The environment variables that choose where integration events go. */
export type IntegrationEnv = {
  /** A RabbitMQ URL: publish there, e.g. `amqp://guest:guest@127.0.0.1:5672`. */
  readonly AMQP_URL?: string | undefined;
  /** The topic exchange to publish to (`mario-pizzeria.events`). */
  readonly PIZZERIA_EXCHANGE?: string | undefined;
};

/** Where the order integration events go, and a line for the start-up banner. */
export type PizzeriaIntegration = {
  /** Passed to `createGlia({ integration })`. */
  readonly options: IntegrationOptions;
  /** E.g. `RabbitMQ exchange mario-pizzeria.events at amqp://guest:***@127.0.0.1:5672/`. */
  readonly description: string;
};

/**
 * `AMQP_URL` set: the relay publishes to RabbitMQ (a durable topic exchange, routing key = event type,
 * publisher confirms). Otherwise the events are delivered in-process, to a receiver that logs them.
 */
export function createIntegration(
  env: IntegrationEnv = process.env,
  logger: Logger = silentLogger,
): PizzeriaIntegration {
  const exchange = env.PIZZERIA_EXCHANGE ?? PIZZERIA_EXCHANGE;
  if (env.AMQP_URL !== undefined && env.AMQP_URL !== '') {
    return {
      options: {
        publisher: new RabbitMqPublisher({ url: env.AMQP_URL, exchange, logger }),
        relay: { destination: exchange },
      },
      description: `RabbitMQ exchange ${exchange} at ${redactUrl(env.AMQP_URL, 'AMQP_URL')}`,
    };
  }
  return {
    options: { receivers: [integrationLogReceiver(logger)] },
    description: 'in-process (set AMQP_URL to publish to RabbitMQ)',
  };
}
