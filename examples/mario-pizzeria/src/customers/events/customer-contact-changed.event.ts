import { DomainEvent, EventType } from '@glia/core';

/** A customer's contact details changed; it carries all of them as they now are. */
@EventType('pizzeria.customers.CustomerContactChanged.v1')
export class CustomerContactChanged extends DomainEvent {
  /** Records the new contact details in full. */
  constructor(
    /** The customer's name. */
    readonly name: string,
    /** Lower-cased email address, or null. */
    readonly email: string | null,
    /** Phone number, or null. */
    readonly phone: string | null,
    /** The email address before the change, so directories can forget it. */
    readonly previousEmail: string | null,
    /** The phone number before the change. */
    readonly previousPhone: string | null,
  ) {
    super();
  }
}
