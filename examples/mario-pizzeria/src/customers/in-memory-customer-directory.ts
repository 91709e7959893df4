import type { ContactChange } from './contact-change.js';
import type { CustomerDirectory } from './customer-directory.js';

/** The customer directory in maps, for the demo and for tests. */
export class InMemoryCustomerDirectory implements CustomerDirectory {
  private readonly byContact = new Map<string, string>();
  private readonly versions = new Map<string, number>();

  /** Applies the change unless the customer is known at its version or later. */
  async apply(change: ContactChange): Promise<boolean> {
    const { customerId, version } = change;
    if ((this.versions.get(customerId) ?? 0) >= version) return false;
    this.versions.set(customerId, version);
    for (const contact of change.forget.map((c) => c.toLowerCase())) {
      if (this.byContact.get(contact) === customerId) this.byContact.delete(contact);
    }
    for (const contact of change.remember) this.byContact.set(contact.toLowerCase(), customerId);
    return true;
  }

  /** Looks the contact up. */
  async lookup(contact: string): Promise<string | undefined> {
    return this.byContact.get(contact.toLowerCase());
  }
}
