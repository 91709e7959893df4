/** Where one handler's deliveries stand, as operators and the outbox gauges see it. */
export type DeliveryStats = {
  /** The handler's registered name. */
  readonly handler: string;
  /** Not yet completed nor dead (failed ones waiting to retry included). */
  readonly pending: number;
  /** Pending after at least one failed attempt. */
  readonly failed: number;
  /** Given up on; waiting for a person. */
  readonly dead: number;
  /** Completed and still kept. */
  readonly completed: number;
  /** Age of the oldest pending delivery in milliseconds, if any is pending. */
  readonly oldestPendingAgeMs?: number;
};

/** A delivery store that can count its records per handler (for the outbox gauges and `glia outbox status`). */
export interface DeliveryStatsSource {
  /** Counts per handler, ordered by handler name. */
  stats(): Promise<readonly DeliveryStats[]>;
}

/** True if a delivery store can report its counts. */
export function isDeliveryStatsSource(store: object): store is DeliveryStatsSource {
  return typeof (store as Partial<DeliveryStatsSource>).stats === 'function';
}
