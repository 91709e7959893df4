import type { AggregateMapper } from '@glia/core';
import { Pinger } from '../dispatch/pinger.aggregate.js';

/** How `@glia/postgres` stores a `Pinger`: one small JSONB snapshot, like most state-based aggregates. */
export const pingerMapper: AggregateMapper<Pinger, { id: string; pings: number }> = {
  toSnapshot: (p) => ({ id: p.id, pings: p.pings }),
  fromSnapshot: (s) => Object.assign(new Pinger(s.id), { pings: s.pings }),
};

/** The `aggregates` entry that registers `Pinger` with its mapper. */
export const pingerRegistration = { aggregate: Pinger, mapper: pingerMapper };
