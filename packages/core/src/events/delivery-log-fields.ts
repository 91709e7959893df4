import { logFieldsOf, type LogFields } from '../observability/log-fields.js';
import type { Delivery } from '../uow/delivery.js';

/** The fields that tie a log line about a delivery to its handler, its event's request and trace. */
export function deliveryLogFields(delivery: Delivery): LogFields {
  const { event } = delivery;
  return {
    ...logFieldsOf({ correlationId: event.correlationId, causationId: event.eventId, traceparent: event.traceparent }),
    handler: delivery.handler,
    deliveryId: delivery.id,
  };
}
