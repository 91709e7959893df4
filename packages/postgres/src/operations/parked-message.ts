/** An integration event the receiver rejected for good, parked until an operator re-drives it. */
export type ParkedMessage = {
  /** The CloudEvent id. */
  readonly id: string;
  /** The CloudEvent type. */
  readonly type: string;
  /** The CloudEvent subject (the aggregate id), if any. */
  readonly subject?: string;
  /** When the commit put it in the outbox. */
  readonly recordedAt: Date;
  /** How often it was deferred or rejected. */
  readonly attempts: number;
  /** Why the receiver rejected it. */
  readonly reason: string;
};
