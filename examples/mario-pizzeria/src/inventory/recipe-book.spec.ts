import { describe, expect, it } from '@jest/globals';
import { InventoryErrorCodes } from './inventory.errors.js';
import { RecipeBook } from './recipe-book.js';

const book = new RecipeBook({ margherita: { dough: 250, basil: 3 } }, { mushrooms: { mushrooms: 50 } });

describe('RecipeBook', () => {
  it('needs the recipe as written for a medium pizza', () => {
    expect(book.needsFor([{ pizzaId: 'margherita', size: 'M', toppings: [] }])).toEqual({ dough: 250, basil: 3 });
  });

  it('scales by size, rounding up to whole units, adds toppings and sums the pizzas', () => {
    expect(
      book.needsFor([
        { pizzaId: 'margherita', size: 'S', toppings: [] },
        { pizzaId: 'margherita', size: 'L', toppings: ['mushrooms'] },
      ]),
    ).toEqual({ dough: 188 + 375, basil: 3 + 5, mushrooms: 75 });
  });

  it('refuses a pizza or topping it has no recipe for with INVENTORY.NO_RECIPE', () => {
    expect(() => book.needsFor([{ pizzaId: 'hawaii', size: 'M', toppings: [] }])).toThrow(
      expect.objectContaining({ code: InventoryErrorCodes.NoRecipe }),
    );
    expect(() => book.needsFor([{ pizzaId: 'margherita', size: 'M', toppings: ['toString'] }])).toThrow(
      expect.objectContaining({ code: InventoryErrorCodes.NoRecipe }),
    );
  });
});
