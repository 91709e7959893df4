/** Who ordered, and how to reach them. */
export type CustomerDetails = {
  /** The customer's name, as written on the ticket. */
  readonly name: string;
  /** Where the confirmation email goes. */
  readonly email: string;
  /** A phone number for the driver, if given. */
  readonly phone?: string;
};
