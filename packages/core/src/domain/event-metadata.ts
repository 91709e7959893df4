/** Where an event came from, stamped when an aggregate raises it. */
export type EventMetadata = {
  /** Id of the aggregate that raised the event. */
  readonly aggregateId?: string;
  /** Declared type of the aggregate that raised the event. */
  readonly aggregateType?: string;
  /** The version the aggregate has once this event is applied (1 for its first event). */
  readonly aggregateVersion?: number;
  /** Id shared by every message caused by one original request. */
  readonly correlationId?: string;
  /** Id of the message (command or event) that caused this one. */
  readonly causationId?: string;
  /** W3C `traceparent` of the work that raised it, so handlers and consumers continue that trace. */
  readonly traceparent?: string;
  /** W3C `tracestate` that came with `traceparent`. */
  readonly tracestate?: string;
};

/** The envelope fields every event has; everything else an event holds is its payload. */
export const ENVELOPE_KEYS: ReadonlySet<string> = new Set([
  'eventId',
  'eventType',
  'occurredAt',
  'aggregateId',
  'aggregateType',
  'aggregateVersion',
  'correlationId',
  'causationId',
  'traceparent',
  'tracestate',
]);
