/** One email, ready to send. */
export type Email = {
  /** Unique per message: a mailer that sees it twice sends it once (deliveries are at-least-once). */
  readonly messageId: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  /** The order it is about, so the customer's track page and the mailbox can find it. */
  readonly orderId?: string;
};
