import type { Driver } from './driver.js';

/** The whole state of the fleet as plain JSON: what a durable store keeps. */
export type FleetSnapshot = {
  readonly id: string;
  /** Every driver, in the order they were hired. */
  readonly drivers: readonly Driver[];
};
