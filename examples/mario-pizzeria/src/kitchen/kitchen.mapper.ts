import type { AggregateMapper } from '@glia/core';
import { Kitchen } from './kitchen.aggregate.js';
import type { KitchenSnapshot } from './kitchen-snapshot.js';

/** Stores the kitchen as its plain JSON snapshot. */
export const kitchenMapper: AggregateMapper<Kitchen, KitchenSnapshot> = {
  toSnapshot: (kitchen) => kitchen.toSnapshot(),
  fromSnapshot: (snapshot) => Kitchen.fromSnapshot(snapshot),
};
