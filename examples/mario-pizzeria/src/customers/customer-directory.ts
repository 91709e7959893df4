import type { ServiceIdentifier } from 'inversify';
import type { ContactChange } from './contact-change.js';

/**
 * A read model that finds customers by email or phone, kept up to date from the customers' events.
 * Eventually consistent: it answers "is this contact known?" for lookups, not as a uniqueness guarantee.
 */
export interface CustomerDirectory {
  /**
   * Applies one customer event's change (forgets, then remembers), unless the directory already
   * holds that customer at the change's version or a later one. Returns whether it applied.
   */
  apply(change: ContactChange): Promise<boolean>;
  /** The customer `contact` (an email or a phone, compared case-insensitively) belongs to, if any. */
  lookup(contact: string): Promise<string | undefined>;
}

/** The container token of the `CustomerDirectory` port. */
export const CustomerDirectory: ServiceIdentifier<CustomerDirectory> = Symbol.for('pizzeria.CustomerDirectory');
