import {
  IntegrationEventReceiver,
  IntegrationEventRouter,
  logFieldsOf,
  type CloudEvent,
  type Logger,
} from '@glia/core';
import { OrderCancelledV1 } from './order-cancelled-v1.integration-event.js';
import { OrderConfirmedV1 } from './order-confirmed-v1.integration-event.js';
import { OrderDeliveredV1 } from './order-delivered-v1.integration-event.js';
import { OrderPlacedV1 } from './order-placed-v1.integration-event.js';
import { OrderReadyV1 } from './order-ready-v1.integration-event.js';

/**
 * Without a broker, the order integration events are delivered in-process, to this receiver: it logs
 * each one (at debug level, with the correlation and trace ids it carries), where another service would
 * act on it. Replace it with your own receivers.
 */
export function integrationLogReceiver(logger: Logger): IntegrationEventReceiver {
  const log = (data: unknown, event: CloudEvent): void =>
    logger.debug(`integration event ${event.type}`, {
      ...logFieldsOf({ correlationId: event.correlationid, traceparent: event.traceparent }),
      data,
    });
  const router = new IntegrationEventRouter()
    .on(OrderPlacedV1, (data, { event }) => log(data, event))
    .on(OrderConfirmedV1, (data, { event }) => log(data, event))
    .on(OrderReadyV1, (data, { event }) => log(data, event))
    .on(OrderDeliveredV1, (data, { event }) => log(data, event))
    .on(OrderCancelledV1, (data, { event }) => log(data, event));
  return new IntegrationEventReceiver({ name: 'pizzeria.integration-log', router });
}
