/** Headers Glia adds to retried and dead-lettered messages; stable, documented, read by re-drive. */
export const GliaHeaders = {
  /** Attempts made so far (1 after the first failure). */
  attempts: 'x-glia-attempts',
  /** The last error, readable. */
  error: 'x-glia-error',
  /** `poison:<reason>` (never retried) or `exhausted` (failed after every retry tier). */
  reason: 'x-glia-reason',
  /** Exchange the message was first published to. */
  originalExchange: 'x-glia-original-exchange',
  /** Routing key it was first published with (the CloudEvent type). */
  originalRoutingKey: 'x-glia-original-routing-key',
  /** When it was dead-lettered, RFC 3339. */
  deadLetteredAt: 'x-glia-dead-lettered-at',
} as const;
