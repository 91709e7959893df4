import type { Repository } from '@glia/core';
import { ContactClaim } from './contact-claim.aggregate.js';
import { contactClaimId } from './contact-claim-id.js';
import type { CustomerDirectory } from './customer-directory.js';

/**
 * The claims one command reads and writes, each read once: a claim another command commits meanwhile
 * stays unseen, so this command's commit conflicts with it (`ConcurrencyError`, worth sending again)
 * instead of refusing a contact it had found free.
 */
export class ContactClaims {
  private readonly read = new Map<string, ContactClaim | undefined>();

  /** Reads through the scope's claim repository; the directory answers only for contacts never claimed. */
  constructor(
    private readonly claims: Repository<ContactClaim>,
    private readonly directory: CustomerDirectory,
  ) {}

  /**
   * The customer `contact` belongs to. Its claim decides; only for a contact never claimed (a customer
   * registered before claims existed) does the directory, a read model, answer.
   */
  async ownerOf(contact: string): Promise<string | undefined> {
    const claim = await this.claimOf(contact);
    if (claim !== undefined) return claim.customerId ?? undefined;
    return this.directory.lookup(contact);
  }

  /**
   * Claims each of `keep` for the customer and releases each of `giveUp` it no longer keeps. A contact
   * someone else holds is refused; one nobody claimed yet gets a new claim, which a command claiming it
   * at the same moment makes conflict at commit.
   */
  async claim(customerId: string, keep: ReadonlyArray<string | null>, giveUp: ReadonlyArray<string | null> = []) {
    const kept = new Set(keep.filter(isContact).map(contactClaimId));
    for (const contact of giveUp.filter(isContact)) {
      if (!kept.has(contactClaimId(contact))) (await this.claimOf(contact))?.release(customerId);
    }
    for (const contact of keep.filter(isContact)) {
      const claim = await this.claimOf(contact);
      if (claim !== undefined) {
        claim.claimFor(customerId);
        continue;
      }
      const added = ContactClaim.claim(contact, customerId);
      this.claims.add(added);
      this.read.set(added.id, added);
    }
  }

  private async claimOf(contact: string): Promise<ContactClaim | undefined> {
    const id = contactClaimId(contact);
    if (!this.read.has(id)) this.read.set(id, await this.claims.find(id));
    return this.read.get(id);
  }
}

function isContact(contact: string | null): contact is string {
  return contact !== null;
}
