import { createHash } from 'node:crypto';

/**
 * The CloudEvent id of the integration event `type` derived from one domain event: a name-based UUID
 * (version 5 layout), the same on every retry and replay, so consumers can deduplicate on it.
 */
export function integrationEventId(domainEventId: string, type: string): string {
  const hex = createHash('sha1').update(`${domainEventId}\u0000${type}`).digest('hex');
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
