import { AggregateRoot, AggregateType } from '@glia/core';
import { CookingSlotFreed } from './events/cooking-slot-freed.event.js';
import { CookingSlotTaken } from './events/cooking-slot-taken.event.js';
import { KitchenCapacityChanged } from './events/kitchen-capacity-changed.event.js';
import { KitchenOpened } from './events/kitchen-opened.event.js';
import type { CookingSlot, KitchenSnapshot } from './kitchen-snapshot.js';
import { KitchenErrors } from './kitchen.errors.js';

/**
 * The ovens: at most `capacity` orders cook at once. One aggregate for the whole kitchen, so every
 * `startCooking` changes its version: when two cooks take the last slot at the same moment, both
 * load the same version and the second commit fails with a `ConcurrencyError`, never a lost update.
 */
@AggregateType('pizzeria.kitchen.Kitchen')
export class Kitchen extends AggregateRoot {
  private state: Omit<KitchenSnapshot, 'id'>;

  private constructor(
    /** The kitchen's id. */
    readonly id: string,
    state: Omit<KitchenSnapshot, 'id'>,
  ) {
    super();
    this.state = state;
  }

  /** Opens a kitchen with room for `capacity` orders at once. */
  static open(id: string, capacity: number): Kitchen {
    checkCapacity(capacity);
    const kitchen = new Kitchen(id, { capacity, cooking: [] });
    kitchen.raiseEvent(new KitchenOpened(capacity));
    return kitchen;
  }

  /** Rebuilds the kitchen from its snapshot, raising nothing; used by the mapper. */
  static fromSnapshot({ id, ...state }: KitchenSnapshot): Kitchen {
    return new Kitchen(id, { capacity: state.capacity, cooking: state.cooking.map((s) => ({ ...s })) });
  }

  /** The kitchen's state as plain data. */
  toSnapshot(): KitchenSnapshot {
    return { id: this.id, capacity: this.state.capacity, cooking: this.state.cooking.map((s) => ({ ...s })) };
  }

  /** How many orders may cook at once. */
  get capacity(): number {
    return this.state.capacity;
  }

  /** The orders cooking now, oldest first. */
  get cooking(): readonly CookingSlot[] {
    return this.state.cooking;
  }

  /** Slots still free (never negative, even after the capacity was lowered). */
  get freeSlots(): number {
    return Math.max(0, this.state.capacity - this.state.cooking.length);
  }

  /** Puts an order in the oven if a slot is free. */
  startCooking(orderId: string): void {
    if (this.state.cooking.some((s) => s.orderId === orderId)) throw KitchenErrors.alreadyCooking(orderId);
    if (this.freeSlots === 0) throw KitchenErrors.atCapacity(orderId, this.state.capacity);
    const slot: CookingSlot = { orderId, startedAt: new Date().toISOString() };
    this.state = { ...this.state, cooking: [...this.state.cooking, slot] };
    this.raiseEvent(new CookingSlotTaken(orderId, this.state.cooking.length, this.state.capacity));
  }

  /** Takes an order out of the oven, freeing its slot. */
  finishCooking(orderId: string): void {
    if (!this.state.cooking.some((s) => s.orderId === orderId)) throw KitchenErrors.notCooking(orderId);
    this.state = { ...this.state, cooking: this.state.cooking.filter((s) => s.orderId !== orderId) };
    this.raiseEvent(new CookingSlotFreed(orderId, this.state.cooking.length));
  }

  /** Changes the capacity; orders already cooking stay, new ones wait until there is room. */
  changeCapacity(capacity: number): void {
    checkCapacity(capacity);
    if (capacity === this.state.capacity) return;
    this.state = { ...this.state, capacity };
    this.raiseEvent(new KitchenCapacityChanged(capacity));
  }
}

function checkCapacity(capacity: number): void {
  if (!Number.isSafeInteger(capacity) || capacity < 1) throw KitchenErrors.invalidCapacity(capacity);
}
