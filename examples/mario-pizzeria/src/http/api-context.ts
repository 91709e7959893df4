import type { Glia } from '@glia/core';
import type { Menu } from '../menu/menu.js';
import type { StaffTokens } from './auth/staff-token.js';
import type { EventHub } from './live/event-hub.js';

/** What the routes work with: the running pizzeria and the HTTP layer's own services. */
export type ApiContext = {
  /** The pizzeria: commands and queries go through its mediator. */
  readonly glia: Glia;
  /** The menu the pizzeria sells from (static configuration, not an aggregate). */
  readonly menu: Menu;
  /** Signs and checks staff tokens. */
  readonly tokens: StaffTokens;
  /** Where committed events reach the live connections. */
  readonly hub: EventHub;
  /** How often live streams send a heartbeat comment. */
  readonly heartbeatMs: number;
  /** Whether the store answers and the seed is in: what `/ready` reports. */
  readonly readiness: () => Promise<boolean>;
};
