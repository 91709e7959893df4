import type { CustomerDirectory } from './customer-directory.js';

/** The customer directory in a map; a SQL table would do the same with a unique index. */
export class InMemoryCustomerDirectory implements CustomerDirectory {
  private readonly byContact = new Map<string, string>();

  /** Records the contact (keys are compared case-insensitively). */
  async remember(contact: string, customerId: string): Promise<void> {
    this.byContact.set(contact.toLowerCase(), customerId);
  }

  /** Forgets the contact only if it still points at this customer. */
  async forget(contact: string, customerId: string): Promise<void> {
    if (this.byContact.get(contact.toLowerCase()) === customerId) this.byContact.delete(contact.toLowerCase());
  }

  /** Looks the contact up. */
  async lookup(contact: string): Promise<string | undefined> {
    return this.byContact.get(contact.toLowerCase());
  }
}
