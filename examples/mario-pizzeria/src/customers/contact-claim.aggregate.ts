import { AggregateRoot, AggregateType } from '@glia/core';
import type { ContactClaimSnapshot } from './contact-claim-snapshot.js';
import { contactClaimId } from './contact-claim-id.js';
import { CustomerErrors } from './customer.errors.js';
import { ContactClaimed } from './events/contact-claimed.event.js';
import { ContactReleased } from './events/contact-released.event.js';

/**
 * One email address or phone number, held by at most one customer. Its id is the normalised contact,
 * so two commands registering the same new email both add a claim with the same id: the first commit
 * wins, the second fails with a `ConcurrencyError` and, retried, finds the winner's claim. The customer
 * directory (a read model) cannot promise that: it lags the commit.
 */
@AggregateType('pizzeria.customers.ContactClaim')
export class ContactClaim extends AggregateRoot {
  private state: Omit<ContactClaimSnapshot, 'id'>;

  private constructor(
    /** The claim's id: `contactClaimId(contact)`. */
    readonly id: string,
    state: Omit<ContactClaimSnapshot, 'id'>,
  ) {
    super();
    this.state = state;
  }

  /** Claims a contact nobody has claimed before for a customer. */
  static claim(contact: string, customerId: string): ContactClaim {
    const claim = new ContactClaim(contactClaimId(contact), { contact, customerId });
    claim.raiseEvent(new ContactClaimed(contact, customerId));
    return claim;
  }

  /** Rebuilds a claim from its snapshot, raising nothing; used by the mapper. */
  static fromSnapshot({ id, ...state }: ContactClaimSnapshot): ContactClaim {
    return new ContactClaim(id, { ...state });
  }

  /** The claim's state as plain data. */
  toSnapshot(): ContactClaimSnapshot {
    return { id: this.id, ...this.state };
  }

  /** The customer holding the contact, if anyone does. */
  get customerId(): string | null {
    return this.state.customerId;
  }

  /** Gives a released contact to `customerId`; refused while another customer holds it, a no-op for the holder. */
  claimFor(customerId: string): void {
    const holder = this.state.customerId;
    if (holder === customerId) return;
    if (holder !== null) throw CustomerErrors.alreadyRegistered(holder, this.state.contact);
    this.state = { ...this.state, customerId };
    this.raiseEvent(new ContactClaimed(this.state.contact, customerId));
  }

  /** Lets the contact go if `customerId` holds it; anyone else releasing it changes nothing. */
  release(customerId: string): void {
    if (this.state.customerId !== customerId) return;
    this.state = { ...this.state, customerId: null };
    this.raiseEvent(new ContactReleased(this.state.contact, customerId));
  }
}
