/** What a notification tells the customer about their order. */
export type NotificationKind = 'cooking-started' | 'ready' | 'out-for-delivery';

/** One message for a customer, as stored: plain JSON, times as ISO-8601 strings. */
export type CustomerNotification = {
  /** Derived from the event that caused it, so a redelivered event stores nothing new. */
  readonly id: string;
  readonly customerId: string;
  readonly orderId: string;
  readonly kind: NotificationKind;
  /** The text shown to the customer. */
  readonly message: string;
  readonly createdAt: string;
  /** When the customer read it, or null. */
  readonly readAt: string | null;
  /** When the customer dismissed it, or null; dismissed ones are hidden by default. */
  readonly dismissedAt: string | null;
};
