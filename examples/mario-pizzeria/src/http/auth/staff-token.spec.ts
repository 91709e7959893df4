import { describe, expect, it } from '@jest/globals';
import { StaffTokens } from './staff-token.js';

describe('StaffTokens', () => {
  it('verifies a token it signed and reads the name and role back', () => {
    const tokens = new StaffTokens('secret');
    expect(tokens.verify(tokens.sign('Mario', 'chef'))).toMatchObject({ name: 'Mario', role: 'chef' });
  });

  it('refuses a token signed with another secret, a tampered one and an expired one', () => {
    const tokens = new StaffTokens('secret');
    expect(tokens.verify(new StaffTokens('other').sign('Mario', 'manager'))).toBeUndefined();
    const [body, mac] = tokens.sign('Mario', 'chef').split('.');
    const promoted = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(body ?? '', 'base64url').toString()), role: 'manager' }),
    ).toString('base64url');
    expect(tokens.verify(`${promoted}.${mac}`)).toBeUndefined();
    const yesterday = new Date(Date.now() - 24 * 60 * 60 * 1000);
    expect(tokens.verify(tokens.sign('Mario', 'chef', yesterday))).toBeUndefined();
  });
});
