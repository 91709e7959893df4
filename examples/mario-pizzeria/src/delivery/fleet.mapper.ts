import type { AggregateMapper } from '@glia/core';
import { Fleet } from './fleet.aggregate.js';
import type { FleetSnapshot } from './fleet-snapshot.js';

/** Stores the fleet as its plain JSON snapshot. */
export const fleetMapper: AggregateMapper<Fleet, FleetSnapshot> = {
  toSnapshot: (fleet) => fleet.toSnapshot(),
  fromSnapshot: (snapshot) => Fleet.fromSnapshot(snapshot),
};
