import { DomainEvent, EventType } from '@glia/core';

/** A new customer registered with a name and an email address, a phone number, or both. */
@EventType('pizzeria.customers.CustomerRegistered.v1')
export class CustomerRegistered extends DomainEvent {
  /** Records the customer's contact details. */
  constructor(
    /** The customer's name. */
    readonly name: string,
    /** Lower-cased email address, or null. */
    readonly email: string | null,
    /** Phone number, or null. */
    readonly phone: string | null,
  ) {
    super();
  }
}
