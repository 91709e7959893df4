import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { StaffRole } from './staff-role.js';
import { STAFF_ROLES } from './staff-role.js';

/** Who a valid token says the caller is. */
export type StaffIdentity = {
  /** The name given at login. */
  readonly name: string;
  readonly role: StaffRole;
  /** When the token stops being accepted, in seconds since the epoch. */
  readonly exp: number;
};

/** How long a token lasts: one working day. */
const TOKEN_LIFETIME_SECONDS = 12 * 60 * 60;

/**
 * Signs and checks staff tokens: `base64url(JSON claims).base64url(HMAC-SHA256)`. Enough for a sample
 * that shows the wiring; a real shop would use its identity provider instead.
 */
export class StaffTokens {
  private readonly secret: Buffer;

  /** Uses `secret`, or a random one that dies with the process (tokens then do not survive a restart). */
  constructor(secret?: string) {
    this.secret = secret !== undefined && secret !== '' ? Buffer.from(secret, 'utf8') : randomBytes(32);
  }

  /** A signed token for `name` in `role`, valid for twelve hours from `now`. */
  sign(name: string, role: StaffRole, now: Date = new Date()): string {
    const claims: StaffIdentity = { name, role, exp: Math.floor(now.getTime() / 1000) + TOKEN_LIFETIME_SECONDS };
    const body = Buffer.from(JSON.stringify(claims), 'utf8').toString('base64url');
    return `${body}.${this.mac(body)}`;
  }

  /** The identity in a valid, unexpired token; undefined for anything else. */
  verify(token: string, now: Date = new Date()): StaffIdentity | undefined {
    const [body, mac, extra] = token.split('.');
    if (body === undefined || mac === undefined || extra !== undefined) return undefined;
    const expected = Buffer.from(this.mac(body), 'utf8');
    const given = Buffer.from(mac, 'utf8');
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
    const claims = parseClaims(body);
    if (claims === undefined || claims.exp * 1000 <= now.getTime()) return undefined;
    return claims;
  }

  private mac(body: string): string {
    return createHmac('sha256', this.secret).update(body).digest('base64url');
  }
}

function parseClaims(body: string): StaffIdentity | undefined {
  try {
    const value = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Partial<StaffIdentity>;
    const { name, role, exp } = value;
    if (typeof name !== 'string' || typeof exp !== 'number') return undefined;
    if (!STAFF_ROLES.includes(role as StaffRole)) return undefined;
    return { name, role: role as StaffRole, exp };
  } catch {
    return undefined;
  }
}
