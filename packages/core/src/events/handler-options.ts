import type { RetryPolicy } from './retry-policy.js';

/** How one event handler is registered. */
export type EventHandlerOptions = {
  /**
   * Stable name of the handler: it keys its durable delivery records, so it must survive renames
   * and minification. Defaults to the class name; set it explicitly in production code.
   */
  readonly name?: string;
  /** Overrides the dispatcher's retry policy for this handler. */
  readonly retry?: Partial<RetryPolicy>;
};
