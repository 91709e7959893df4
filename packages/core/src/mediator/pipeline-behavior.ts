import type { MessageContext } from './message-context.js';

/**
 * Wraps every command and query: logging, tracing, timing, authorisation. Resolved from the message's
 * scope, so it may inject the unit of work or the scope context. Call `next()` exactly once.
 */
export interface PipelineBehavior {
  /** Runs around the rest of the pipeline. */
  handle(message: MessageContext, next: () => Promise<unknown>): Promise<unknown>;
}

/** A class of pipeline behaviour, listed in `createGlia({ behaviors })`. */

export type PipelineBehaviorClass = new (...args: any[]) => PipelineBehavior;
