import { describe, expect, it } from '@jest/globals';
import { InvalidOperationError } from '@glia/core';
import { Menu } from './menu.js';
import { MenuErrorCodes } from './menu.errors.js';
import { Money } from './money.js';
import { SIZE_ADJUSTMENT } from './pizza-pricing.js';

const menu = new Menu(
  [{ id: 'margherita', name: 'Margherita', basePrice: Money.cents(900) }],
  [
    { id: 'mushrooms', name: 'Mushrooms', price: Money.cents(150) },
    { id: 'olives', name: 'Olives', price: Money.cents(100) },
  ],
);

describe('Menu', () => {
  it('prices a medium pizza with no toppings at its base price', () => {
    expect(menu.price({ pizzaId: 'margherita', size: 'M', toppings: [] }).price.cents).toBe(900);
  });

  it('applies the size adjustment and adds each topping', () => {
    const small = menu.price({ pizzaId: 'margherita', size: 'S', toppings: ['olives'] });
    const large = menu.price({ pizzaId: 'margherita', size: 'L', toppings: ['mushrooms', 'olives'] });
    expect(small.price.cents).toBe(900 + SIZE_ADJUSTMENT.S.cents + 100);
    expect(large.price.cents).toBe(900 + SIZE_ADJUSTMENT.L.cents + 150 + 100);
    expect(SIZE_ADJUSTMENT.S.cents).toBeLessThan(0);
    expect(SIZE_ADJUSTMENT.L.cents).toBeGreaterThan(0);
  });

  it('names the pizza and keeps the choice on the priced item', () => {
    expect(menu.price({ pizzaId: 'margherita', size: 'L', toppings: ['olives'] })).toMatchObject({
      pizzaId: 'margherita',
      pizzaName: 'Margherita',
      size: 'L',
      toppings: ['olives'],
    });
  });

  it.each([
    ['an unknown pizza', { pizzaId: 'hawaii', size: 'M', toppings: [] }, MenuErrorCodes.UnknownPizza],
    [
      'an unknown topping',
      { pizzaId: 'margherita', size: 'M', toppings: ['pineapple'] },
      MenuErrorCodes.UnknownTopping,
    ],
    [
      'a topping twice',
      { pizzaId: 'margherita', size: 'M', toppings: ['olives', 'olives'] },
      MenuErrorCodes.DuplicateTopping,
    ],
  ] as const)('refuses %s', (_label, choice, code) => {
    let thrown: unknown;
    try {
      menu.price(choice);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidOperationError);
    expect(thrown).toMatchObject({ code });
  });
});
