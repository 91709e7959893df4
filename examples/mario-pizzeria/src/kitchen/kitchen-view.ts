import type { Kitchen } from './kitchen.aggregate.js';
import type { KitchenSnapshot } from './kitchen-snapshot.js';

/** The kitchen as queries return it. */
export type KitchenView = Omit<KitchenSnapshot, 'id'> & {
  /** Slots free now. */
  readonly freeSlots: number;
  /** The version the kitchen is stored at (0 before it first opened). */
  readonly version: number;
};

/** Reads the kitchen into its view; a kitchen never opened reads as empty with the configured capacity. */
export function toKitchenView(kitchen: Kitchen | undefined, defaultCapacity: number): KitchenView {
  if (kitchen === undefined) return { capacity: defaultCapacity, cooking: [], freeSlots: defaultCapacity, version: 0 };
  const { id: _id, ...snapshot } = kitchen.toSnapshot();
  return { ...snapshot, freeSlots: kitchen.freeSlots, version: kitchen.version };
}
