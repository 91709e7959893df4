import type { RejectionReason } from '@glia/core';

/** Why a request or one event of it was not accepted: a stable code, the rejection reason, a message. */
export type CloudEventsHttpError = {
  /** Stable code, e.g. `GLIA.INTEGRATION_EVENT_REJECTED` or `GLIA.UNSUPPORTED_CONTENT_TYPE`. */
  readonly code: string;
  /** For rejected events: `not-json`, `not-a-cloudevent`, `unknown-type` or `invalid-data`. */
  readonly reason?: RejectionReason;
  /** What was wrong, for a person. */
  readonly message: string;
};

/** What became of one event of a request. */
export type CloudEventsHttpOutcome =
  /** Handled now: its handler's work and the inbox record committed. */
  | 'handled'
  /** Handled before (the inbox has its id): accepted again, with no second effect. */
  | 'duplicate'
  /** Poison: it will never be handled; do not send it again. */
  | 'rejected'
  /** The handler failed: send it again later. */
  | 'failed'
  /** Not tried, because an event before it in the batch failed: send it again later. */
  | 'skipped';

/** The result of one event, in request order (a batch has one per element). */
export type CloudEventsHttpResult = {
  /** Position in the batch (0 for a single event). */
  readonly index: number;
  /** The CloudEvent id, when the event could be read. */
  readonly id?: string;
  /** What became of it. */
  readonly outcome: CloudEventsHttpOutcome;
  /** Why it was not handled. */
  readonly error?: CloudEventsHttpError;
};

/** The JSON body of every answer: the first problem, if any, and the result of each event read. */
export type CloudEventsHttpBody = {
  /** Set whenever the status is not 202. */
  readonly error?: CloudEventsHttpError;
  /** One per event read from the request. */
  readonly results?: readonly CloudEventsHttpResult[];
};

/** The answer to send: 202, 400, 413, 415 or 500, extra headers, and a JSON body. */
export type CloudEventsHttpResponse = {
  /** The HTTP status. */
  readonly status: number;
  /** Headers to add (the content type is always `application/json`). */
  readonly headers: Readonly<Record<string, string>>;
  /** The body, to send as JSON. */
  readonly body: CloudEventsHttpBody;
};
