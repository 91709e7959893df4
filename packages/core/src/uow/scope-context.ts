/** Facts about the work a scope does, passed down to every event it produces. */
export type ScopeContext = {
  /** Id shared by every message that one original request caused. */
  readonly correlationId: string;
  /** Id of the message (command or event) this scope handles, if any. */
  readonly causationId?: string;
  /** W3C `traceparent` of the span this scope works in; stamped on the events it commits. */
  readonly traceparent?: string;
  /** W3C `tracestate` that came with `traceparent`. */
  readonly tracestate?: string;
};
