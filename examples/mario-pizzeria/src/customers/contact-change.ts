/** What one customer event changes in the customer directory. */
export type ContactChange = {
  /** The event it comes from. */
  readonly eventId: string;
  /** The customer the contacts belong to. */
  readonly customerId: string;
  /** The customer's version after the event: a change at or below the version applied last is ignored. */
  readonly version: number;
  /** Contacts (emails, phones) to forget if they still belong to the customer. */
  readonly forget: readonly string[];
  /** Contacts that now belong to the customer. */
  readonly remember: readonly string[];
};
