/**
 * Attribute names Glia puts on spans and metrics: OpenTelemetry's messaging semantic conventions
 * where one applies, `glia.*` for the rest. Stable: dashboards and alerts are built on them.
 */
export const TelemetryAttributes = {
  messagingSystem: 'messaging.system',
  operationType: 'messaging.operation.type',
  operationName: 'messaging.operation.name',
  destination: 'messaging.destination.name',
  consumerGroup: 'messaging.consumer.group.name',
  messageId: 'messaging.message.id',
  conversationId: 'messaging.message.conversation_id',
  batchCount: 'messaging.batch.message_count',
  errorType: 'error.type',
  messageKind: 'glia.message.kind',
  messageType: 'glia.message.type',
  eventType: 'glia.event.type',
  handler: 'glia.handler',
  attempt: 'glia.delivery.attempt',
  outcome: 'glia.outcome',
  correlationId: 'glia.correlation_id',
  consumer: 'glia.consumer',
} as const;

/** The `messaging.system` of events delivered inside Glia (handlers, the in-process publisher). */
export const GLIA_MESSAGING_SYSTEM = 'glia';
