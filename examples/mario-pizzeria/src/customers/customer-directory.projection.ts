import { HandlesEvent, type DomainEventHandler, type Raised } from '@glia/core';
import { inject } from 'inversify';
import { CustomerDirectory } from './customer-directory.js';
import { CustomerContactChanged } from './events/customer-contact-changed.event.js';
import { CustomerRegistered } from './events/customer-registered.event.js';

const present = (contact: string | null): contact is string => contact !== null;

/**
 * Keeps the customer directory in step with registrations and contact changes. Each change carries
 * the customer's version, so a redelivered or late event (a retried registration after a change) is ignored.
 */
@HandlesEvent(CustomerRegistered, CustomerContactChanged, { name: 'pizzeria.customers.DirectoryProjection' })
export class CustomerDirectoryProjection implements DomainEventHandler<CustomerRegistered | CustomerContactChanged> {
  /** Receives the directory. */
  constructor(@inject(CustomerDirectory) private readonly directory: CustomerDirectory) {}

  /** Forgets the previous contacts (on a change) and remembers the current ones. */
  async handle(event: Raised<CustomerRegistered | CustomerContactChanged>): Promise<void> {
    const previous = event instanceof CustomerContactChanged ? [event.previousEmail, event.previousPhone] : [];
    await this.directory.apply({
      eventId: event.eventId,
      customerId: event.aggregateId,
      version: event.aggregateVersion,
      forget: previous.filter(present),
      remember: [event.email, event.phone].filter(present),
    });
  }
}
