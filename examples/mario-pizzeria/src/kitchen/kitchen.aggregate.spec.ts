import { describe, expect, it } from '@jest/globals';
import { InvalidOperationError } from '@glia/core';
import { given, registerGliaMatchers } from '@glia/testing';
import { CookingSlotFreed } from './events/cooking-slot-freed.event.js';
import { CookingSlotTaken } from './events/cooking-slot-taken.event.js';
import { KitchenCapacityChanged } from './events/kitchen-capacity-changed.event.js';
import { KitchenOpened } from './events/kitchen-opened.event.js';
import { Kitchen } from './kitchen.aggregate.js';
import { KitchenErrorCodes } from './kitchen.errors.js';
import { kitchenMapper } from './kitchen.mapper.js';

registerGliaMatchers(expect);

/** A kitchen of `capacity` with `cooking` orders already in the oven. */
const kitchenWith =
  (capacity: number, ...cooking: string[]) =>
  () => {
    const kitchen = Kitchen.open('main', capacity);
    for (const orderId of cooking) kitchen.startCooking(orderId);
    return kitchen;
  };

describe('Kitchen', () => {
  it('opens with its capacity', () => {
    expect(Kitchen.open('main', 3)).toHaveRaised(KitchenOpened, { capacity: 3 });
  });

  it.each([0, -1, 1.5])('refuses to open with capacity %p with KITCHEN.INVALID_CAPACITY', (capacity) => {
    expect(() => Kitchen.open('main', capacity)).toThrow(expect.objectContaining({ code: 'KITCHEN.INVALID_CAPACITY' }));
  });

  it('startCooking takes a free slot', () => {
    given(kitchenWith(3, 'o-1'))
      .when((k) => k.startCooking('o-2'))
      .then([new CookingSlotTaken('o-2', 2, 3)]);
  });

  it('startCooking takes the last slot', () => {
    given(kitchenWith(2, 'o-1'))
      .when((k) => k.startCooking('o-2'))
      .thenState((k) => expect(k.freeSlots).toBe(0));
  });

  it('startCooking in a full kitchen is refused with KITCHEN.AT_CAPACITY', () => {
    given(kitchenWith(2, 'o-1', 'o-2'))
      .when((k) => k.startCooking('o-3'))
      .thenThrows(InvalidOperationError, KitchenErrorCodes.AtCapacity);
  });

  it('startCooking an order already cooking is refused with KITCHEN.ALREADY_COOKING', () => {
    given(kitchenWith(3, 'o-1'))
      .when((k) => k.startCooking('o-1'))
      .thenThrows(InvalidOperationError, KitchenErrorCodes.AlreadyCooking);
  });

  it('finishCooking frees the slot, so a waiting order fits again', () => {
    given(kitchenWith(1, 'o-1'))
      .when((k) => {
        k.finishCooking('o-1');
        k.startCooking('o-2');
      })
      .then([new CookingSlotFreed('o-1', 0), new CookingSlotTaken('o-2', 1, 1)]);
  });

  it('finishCooking an order not cooking is refused with KITCHEN.NOT_COOKING', () => {
    given(kitchenWith(3, 'o-1'))
      .when((k) => k.finishCooking('o-2'))
      .thenThrows(InvalidOperationError, KitchenErrorCodes.NotCooking);
  });

  it('changeCapacity raises KitchenCapacityChanged; lowered under the orders cooking, it lets no new one in', () => {
    given(kitchenWith(3, 'o-1', 'o-2'))
      .when((k) => k.changeCapacity(1))
      .thenState((k, events) => {
        expect(events).toHaveRaised(KitchenCapacityChanged, { capacity: 1 });
        expect(k.cooking.map((s) => s.orderId)).toEqual(['o-1', 'o-2']);
        expect(k.freeSlots).toBe(0);
        expect(() => k.startCooking('o-3')).toThrow(expect.objectContaining({ code: KitchenErrorCodes.AtCapacity }));
      });
  });

  it('changeCapacity to the same capacity raises nothing', () => {
    given(kitchenWith(3))
      .when((k) => k.changeCapacity(3))
      .then([]);
  });

  it('changeCapacity to zero is refused with KITCHEN.INVALID_CAPACITY', () => {
    given(kitchenWith(3))
      .when((k) => k.changeCapacity(0))
      .thenThrows(InvalidOperationError, KitchenErrorCodes.InvalidCapacity);
  });

  it('survives a round trip through its mapper as JSON', () => {
    const kitchen = kitchenWith(2, 'o-1')();
    const restored = kitchenMapper.fromSnapshot(JSON.parse(JSON.stringify(kitchenMapper.toSnapshot(kitchen))));
    expect(restored.toSnapshot()).toEqual(kitchen.toSnapshot());
  });
});
