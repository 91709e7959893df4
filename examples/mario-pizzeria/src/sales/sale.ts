/** One confirmed order as the sales figures count it: plain JSON, money in integer cents. */
export type Sale = {
  /** The `OrderConfirmed` event it comes from: the key that makes recording it idempotent. */
  readonly eventId: string;
  readonly orderId: string;
  /** The customer's id, or their email/phone for orders made outside `PlaceOrder`. */
  readonly customerKey: string;
  readonly customerName: string;
  /** The UTC day of the confirmation, `YYYY-MM-DD`. */
  readonly day: string;
  readonly totalCents: number;
  /** One entry per pizza sold. */
  readonly pizzas: ReadonlyArray<{ readonly pizzaId: string; readonly pizzaName: string; readonly priceCents: number }>;
};
