/** How to reach a customer: a name and at least one of an email address or a phone number. */
export type CustomerContact = {
  readonly name: string;
  /** Lower-cased email address, or null if the customer gave none. */
  readonly email: string | null;
  /** Phone number as given (trimmed), or null if the customer gave none. */
  readonly phone: string | null;
};

/** Contact details as a caller gives them: a missing or null email or phone means "none". */
export type CustomerContactInput = {
  readonly name: string;
  readonly email?: string | null | undefined;
  readonly phone?: string | null | undefined;
};
