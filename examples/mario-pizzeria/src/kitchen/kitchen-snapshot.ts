/** One order in the oven. */
export type CookingSlot = {
  readonly orderId: string;
  /** When it went in, as an ISO-8601 string. */
  readonly startedAt: string;
};

/** The whole state of the kitchen as plain JSON: what a durable store keeps. */
export type KitchenSnapshot = {
  readonly id: string;
  /** How many orders may cook at once. */
  readonly capacity: number;
  /** The orders cooking now, oldest first; never more than `capacity` were let in. */
  readonly cooking: readonly CookingSlot[];
};
