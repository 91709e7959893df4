import type { AggregateMapper } from '@glia/core';
import { ContactClaim } from './contact-claim.aggregate.js';
import type { ContactClaimSnapshot } from './contact-claim-snapshot.js';

/** Stores a contact claim as its plain JSON snapshot. */
export const contactClaimMapper: AggregateMapper<ContactClaim, ContactClaimSnapshot> = {
  toSnapshot: (claim) => claim.toSnapshot(),
  fromSnapshot: (snapshot) => ContactClaim.fromSnapshot(snapshot),
};
