/** A confirmed order that was cancelled before cooking: its sale leaves the figures. */
export type SaleCancellation = {
  /** The `OrderCancelled` event it comes from. */
  readonly eventId: string;
  /** The order whose sale is cancelled: the key that makes recording it idempotent. */
  readonly orderId: string;
};
