import { HandlesEvent, type DomainEventHandler, type Raised } from '@glia/core';
import { inject } from 'inversify';
import { CustomerDirectory } from './customer-directory.js';
import { CustomerContactChanged } from './events/customer-contact-changed.event.js';
import { CustomerRegistered } from './events/customer-registered.event.js';

/** Keeps the customer directory in step with registrations and contact changes; idempotent by nature. */
@HandlesEvent(CustomerRegistered, CustomerContactChanged, { name: 'pizzeria.customers.DirectoryProjection' })
export class CustomerDirectoryProjection implements DomainEventHandler<CustomerRegistered | CustomerContactChanged> {
  /** Receives the directory. */
  constructor(@inject(CustomerDirectory) private readonly directory: CustomerDirectory) {}

  /** Forgets the previous contacts (on a change), then remembers the current ones. */
  async handle(event: Raised<CustomerRegistered | CustomerContactChanged>): Promise<void> {
    const customerId = event.aggregateId;
    if (event instanceof CustomerContactChanged) {
      for (const old of [event.previousEmail, event.previousPhone]) {
        if (old !== null) await this.directory.forget(old, customerId);
      }
    }
    for (const contact of [event.email, event.phone]) {
      if (contact !== null) await this.directory.remember(contact, customerId);
    }
  }
}
