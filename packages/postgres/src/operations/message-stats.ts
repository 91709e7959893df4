/** Where the integration events not yet sent stand (the relay's side of the outbox). */
export type MessageStats = {
  /** Unsent and due: the relay sends them next. */
  readonly due: number;
  /** Unsent and not yet due: the broker returned them (unroutable) or would not take them, and they wait for their next try. */
  readonly deferred: number;
  /** Rejected for good by the receiver: due never, until an operator re-drives them (`retryParked`). */
  readonly parked: number;
  /** Age of the oldest due or deferred event (parked ones left out, so it measures the relay's lag); absent when there is none. */
  readonly oldestUnsentAgeMs?: number;
};
