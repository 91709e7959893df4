import type { Delivery } from './delivery.js';

/** Hands committed deliveries to their handlers; called by the unit of work after every commit. */
export interface EventDispatcher {
  /** Starts delivering; returns at once. Deliveries keep the order they are given in, per handler. */
  dispatch(deliveries: readonly Delivery[]): void;
  /** Resolves once every delivery handed over so far has completed or died. */
  drain(): Promise<void>;
}
