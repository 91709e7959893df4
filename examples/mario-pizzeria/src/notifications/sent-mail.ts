/** An email as the mailbox recorded it: what the mailbox page and the track page show. */
export type SentMail = {
  /** The email's `messageId`: the same email recorded twice is one mail. */
  readonly messageId: string;
  /** The order it is about, or null for mail about no order. */
  readonly orderId: string | null;
  readonly to: string;
  readonly subject: string;
  /** The plain-text body. */
  readonly body: string;
  /** When it was first recorded, ISO-8601. */
  readonly sentAt: string;
};
