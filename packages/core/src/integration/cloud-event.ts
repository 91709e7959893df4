/** The CloudEvents specification version Glia writes and accepts. */
export const CLOUDEVENTS_SPEC_VERSION = '1.0';

/** Media type of a structured-mode CloudEvent in the JSON event format. */
export const CLOUDEVENTS_JSON = 'application/cloudevents+json';

/**
 * A CloudEvent 1.0, as Glia writes it: the required context attributes, the optional ones Glia sets,
 * and extension attributes (lower-case a-z/0-9 names, as the specification requires).
 */
export type CloudEvent<T = unknown> = {
  /** Always `1.0`. */
  readonly specversion: typeof CLOUDEVENTS_SPEC_VERSION;
  /** Unique per source; Glia derives it from the domain event id and the type, so re-sends keep it. */
  readonly id: string;
  /** URI-reference of the context that produced the event, e.g. `/mario-pizzeria/orders`. */
  readonly source: string;
  /** Reverse-DNS, versioned type, e.g. `com.mariopizzeria.order.confirmed.v1`. */
  readonly type: string;
  /** When the fact happened, RFC 3339 in UTC. */
  readonly time?: string;
  /** What the event is about within the source: the aggregate id. */
  readonly subject?: string;
  /** Media type of `data`; `application/json` for Glia's events. */
  readonly datacontenttype?: string;
  /** URI of the schema `data` adheres to. */
  readonly dataschema?: string;
  /** The payload. */
  readonly data?: T;
  /** Extension: id shared by every message one original request caused. */
  readonly correlationid?: string;
  /** Extension: id of the message that caused this one (the domain event's id). */
  readonly causationid?: string;
  /** Distributed Tracing extension: W3C `traceparent` of the work that produced the event. */
  readonly traceparent?: string;
  /** Distributed Tracing extension: W3C `tracestate`. */
  readonly tracestate?: string;
  /** Other extension attributes (string, integer or boolean values). */
  readonly [extension: string]: unknown;
};

/** The attributes the CloudEvents specification defines itself; everything else is an extension. */
export const CLOUDEVENT_CONTEXT_ATTRIBUTES: ReadonlySet<string> = new Set([
  'specversion',
  'id',
  'source',
  'type',
  'time',
  'subject',
  'datacontenttype',
  'dataschema',
]);
