/** The whole state of a contact claim as plain JSON: what a durable store keeps. */
export type ContactClaimSnapshot = {
  /** `contactClaimId(contact)`. */
  readonly id: string;
  /** The email address (lower-cased) or phone number, as the customer has it. */
  readonly contact: string;
  /** The customer holding it, or null once released. */
  readonly customerId: string | null;
};
