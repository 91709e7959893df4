import { describe, expect, it } from '@jest/globals';
import { InvalidOperationError } from '@glia/core';
import { given, registerGliaMatchers } from '@glia/testing';
import { IngredientAdded } from './events/ingredient-added.event.js';
import { IngredientRestocked } from './events/ingredient-restocked.event.js';
import { IngredientsDeducted } from './events/ingredients-deducted.event.js';
import { IngredientsReturned } from './events/ingredients-returned.event.js';
import { LowStock } from './events/low-stock.event.js';
import type { Ingredient } from './ingredient.js';
import { Inventory } from './inventory.aggregate.js';
import { InventoryErrorCodes } from './inventory.errors.js';
import { inventoryMapper } from './inventory.mapper.js';

registerGliaMatchers(expect);

const dough: Ingredient = { id: 'dough', name: 'Dough', unit: 'g', stock: 1000, lowStockThreshold: 300 };
const basil: Ingredient = { id: 'basil', name: 'Basil', unit: 'g', stock: 50, lowStockThreshold: 10 };
const stocked = () => {
  const inventory = Inventory.create('main');
  inventory.addIngredient(dough);
  inventory.addIngredient(basil);
  return inventory;
};
const stockOf = (inventory: Inventory, id: string) => inventory.ingredients.find((i) => i.id === id)?.stock;

describe('Inventory', () => {
  describe('addIngredient', () => {
    it('raises IngredientAdded with the opening stock', () => {
      given(() => Inventory.create('main'))
        .when((i) => i.addIngredient(dough))
        .then([new IngredientAdded(dough)]);
    });

    it('refuses an ingredient stocked already with INVENTORY.DUPLICATE_INGREDIENT', () => {
      given(stocked)
        .when((i) => i.addIngredient({ ...dough, stock: 5 }))
        .thenThrows(InvalidOperationError, InventoryErrorCodes.DuplicateIngredient);
    });

    it('refuses a negative or fractional stock with INVENTORY.INVALID_QUANTITY', () => {
      given(stocked)
        .when((i) => i.addIngredient({ ...dough, id: 'flour', stock: 1.5 }))
        .thenThrows(InvalidOperationError, InventoryErrorCodes.InvalidQuantity);
    });
  });

  describe('restock', () => {
    it('raises IngredientRestocked with the stock after the delivery', () => {
      given(stocked)
        .when((i) => i.restock('dough', 500))
        .then([new IngredientRestocked('dough', 500, 1500)]);
    });

    it('refuses an unknown ingredient with INVENTORY.UNKNOWN_INGREDIENT', () => {
      given(stocked)
        .when((i) => i.restock('truffle', 10))
        .thenThrows(InvalidOperationError, InventoryErrorCodes.UnknownIngredient);
    });

    it('refuses a quantity of zero with INVENTORY.INVALID_QUANTITY', () => {
      given(stocked)
        .when((i) => i.restock('dough', 0))
        .thenThrows(InvalidOperationError, InventoryErrorCodes.InvalidQuantity);
    });
  });

  describe('deductFor', () => {
    it('takes what the order needs out of stock and raises IngredientsDeducted', () => {
      given(stocked)
        .when((i) => i.deductFor('o-1', { dough: 250, basil: 5 }))
        .thenState((i, events) => {
          expect(events).toEqual([expect.any(IngredientsDeducted)]);
          expect(events).toHaveRaised(IngredientsDeducted, { orderId: 'o-1', quantities: { dough: 250, basil: 5 } });
          expect([stockOf(i, 'dough'), stockOf(i, 'basil')]).toEqual([750, 45]);
        });
    });

    it('raises LowStock once when the stock falls under its threshold', () => {
      given(stocked)
        .when((i) => i.deductFor('o-1', { dough: 750 }))
        .then([new IngredientsDeducted('o-1', { dough: 750 }), new LowStock('dough', 250, 300)]);
      given(() => {
        const low = stocked();
        low.deductFor('o-1', { dough: 750 });
        return low;
      })
        .when((i) => i.deductFor('o-2', { dough: 100 }))
        .then([new IngredientsDeducted('o-2', { dough: 100 })]);
    });

    it('refuses an order the stock cannot cover with INVENTORY.INSUFFICIENT, naming what is short, and deducts nothing', () => {
      const inventory = stocked();
      inventory.markPersisted(inventory.pendingVersion);
      inventory.clearUncommittedEvents();
      let thrown: unknown;
      try {
        inventory.deductFor('o-1', { dough: 250, basil: 60, pepperoni: 10 });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(InvalidOperationError);
      expect(thrown).toMatchObject({
        code: InventoryErrorCodes.Insufficient,
        details: {
          orderId: 'o-1',
          missing: [
            { ingredientId: 'basil', needed: 60, available: 50 },
            { ingredientId: 'pepperoni', needed: 10, available: 0 },
          ],
        },
      });
      expect([stockOf(inventory, 'dough'), stockOf(inventory, 'basil')]).toEqual([1000, 50]);
      expect(inventory.getUncommittedEvents()).toEqual([]);
    });
  });

  describe('returnFor', () => {
    it('puts a cancelled order back in stock and raises IngredientsReturned', () => {
      given(() => {
        const i = stocked();
        i.deductFor('o-1', { dough: 250 });
        return i;
      })
        .when((i) => i.returnFor('o-1', { dough: 250, truffle: 3 }))
        .thenState((i, events) => {
          expect(events).toHaveRaised(IngredientsReturned, { orderId: 'o-1', quantities: { dough: 250 } });
          expect(stockOf(i, 'dough')).toBe(1000);
        });
    });

    it('raises nothing when none of the ingredients is kept any more', () => {
      given(stocked)
        .when((i) => i.returnFor('o-1', { truffle: 3 }))
        .then([]);
    });
  });

  it('survives a round trip through its mapper as JSON', () => {
    const inventory = stocked();
    const restored = inventoryMapper.fromSnapshot(JSON.parse(JSON.stringify(inventoryMapper.toSnapshot(inventory))));
    expect(restored.toSnapshot()).toEqual(inventory.toSnapshot());
  });
});
