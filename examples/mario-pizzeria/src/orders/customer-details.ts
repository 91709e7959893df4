/** Who ordered, and how to reach them, as the order keeps it (a copy, taken when it was placed). */
export type CustomerDetails = {
  /** The registered customer who placed the order (absent only on orders made outside `PlaceOrder`). */
  readonly customerId?: string;
  /** The customer's name, as written on the ticket. */
  readonly name: string;
  /** Where the confirmation email goes, if the customer gave an address. */
  readonly email?: string;
  /** A phone number for the driver, if given. */
  readonly phone?: string;
};
