import { DomainEvent, EventType } from '@glia/core';

/** An email address or phone number now belongs to one customer, and to nobody else. */
@EventType('pizzeria.customers.ContactClaimed.v1')
export class ContactClaimed extends DomainEvent {
  /** Records the contact and its holder. */
  constructor(
    /** The email address (lower-cased) or phone number. */
    readonly contact: string,
    /** The customer it belongs to. */
    readonly customerId: string,
  ) {
    super();
  }
}
