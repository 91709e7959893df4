import { DomainEvent, EventType } from '@glia/core';

/** A customer gave up an email address or phone number: another customer may claim it now. */
@EventType('pizzeria.customers.ContactReleased.v1')
export class ContactReleased extends DomainEvent {
  /** Records the contact and who gave it up. */
  constructor(
    /** The email address (lower-cased) or phone number. */
    readonly contact: string,
    /** The customer it belonged to. */
    readonly customerId: string,
  ) {
    super();
  }
}
