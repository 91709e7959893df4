import type { ServiceIdentifier } from 'inversify';

/**
 * A read model that finds customers by email or phone, kept up to date from the customers' events.
 * Eventually consistent: it answers "is this contact known?" for lookups, not as a uniqueness guarantee.
 */
export interface CustomerDirectory {
  /** Records that `contact` (an email or a phone) belongs to the customer. */
  remember(contact: string, customerId: string): Promise<void>;
  /** Forgets `contact` if it still belongs to the customer. */
  forget(contact: string, customerId: string): Promise<void>;
  /** The customer `contact` belongs to, if any. */
  lookup(contact: string): Promise<string | undefined>;
}

/** The container token of the `CustomerDirectory` port. */
export const CustomerDirectory: ServiceIdentifier<CustomerDirectory> = Symbol.for('pizzeria.CustomerDirectory');
