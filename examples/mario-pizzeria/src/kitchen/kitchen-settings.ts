import type { ServiceIdentifier } from 'inversify';

/** How the kitchen is set up when it is first opened. */
export type KitchenSettings = {
  /** How many orders may cook at once (3 by default). */
  readonly capacity: number;
};

/** The container token of the kitchen settings. */
export const KitchenSettings: ServiceIdentifier<KitchenSettings> = Symbol.for('pizzeria.KitchenSettings');

/** Three ovens' worth of orders. */
export const DEFAULT_KITCHEN_CAPACITY = 3;
