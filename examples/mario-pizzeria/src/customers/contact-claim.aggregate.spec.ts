import { describe, expect, it } from '@jest/globals';
import { InvalidOperationError } from '@glia/core';
import { given, registerGliaMatchers } from '@glia/testing';
import { ContactClaim } from './contact-claim.aggregate.js';
import { contactClaimId } from './contact-claim-id.js';
import { contactClaimMapper } from './contact-claim.mapper.js';
import { CustomerErrorCodes } from './customer.errors.js';
import { ContactClaimed } from './events/contact-claimed.event.js';
import { ContactReleased } from './events/contact-released.event.js';

registerGliaMatchers(expect);

const peachs = () => ContactClaim.claim('peach@example.com', 'c-1');
const released = () => {
  const claim = peachs();
  claim.release('c-1');
  return claim;
};

describe('ContactClaim', () => {
  it('is keyed by the normalised contact and its kind, so one email has one claim', () => {
    expect(contactClaimId(' Peach@Example.COM ')).toBe('email:peach@example.com');
    expect(contactClaimId('+39 06 555 0101')).toBe('phone:+39 06 555 0101');
    expect(peachs().id).toBe(contactClaimId('PEACH@example.com'));
  });

  it('claim raises ContactClaimed for its first holder', () => {
    expect(peachs()).toHaveRaised(ContactClaimed, { contact: 'peach@example.com', customerId: 'c-1' });
    expect(peachs().customerId).toBe('c-1');
  });

  it('claimFor by the holder changes nothing', () => {
    given(peachs)
      .when((claim) => claim.claimFor('c-1'))
      .then([]);
  });

  it('claimFor by another customer while it is held is refused with CUSTOMER.ALREADY_REGISTERED', () => {
    given(peachs)
      .when((claim) => claim.claimFor('c-2'))
      .thenThrows(InvalidOperationError, CustomerErrorCodes.AlreadyRegistered);
  });

  it('release by the holder raises ContactReleased and frees it for another customer', () => {
    given(peachs)
      .when((claim) => {
        claim.release('c-1');
        claim.claimFor('c-2');
      })
      .then([new ContactReleased('peach@example.com', 'c-1'), new ContactClaimed('peach@example.com', 'c-2')]);
  });

  it('release by anyone but the holder changes nothing', () => {
    given(peachs)
      .when((claim) => claim.release('c-2'))
      .thenState((claim, events) => {
        expect(events).toEqual([]);
        expect(claim.customerId).toBe('c-1');
      });
  });

  it('survives a round trip through its mapper as JSON, released or held', () => {
    for (const claim of [peachs(), released()]) {
      const restored = contactClaimMapper.fromSnapshot(
        JSON.parse(JSON.stringify(contactClaimMapper.toSnapshot(claim))),
      );
      expect(restored.toSnapshot()).toEqual(claim.toSnapshot());
    }
  });
});
