import { Menu } from './menu.js';
import { Money } from './money.js';

/** Mario's own menu, used by the demo and as the app's default. */
export function defaultMenu(): Menu {
  return new Menu(
    [
      { id: 'margherita', name: 'Margherita', basePrice: Money.cents(900) },
      { id: 'marinara', name: 'Marinara', basePrice: Money.cents(800) },
      { id: 'pepperoni', name: 'Pepperoni', basePrice: Money.cents(1100) },
      { id: 'quattro-formaggi', name: 'Quattro Formaggi', basePrice: Money.cents(1250) },
    ],
    [
      { id: 'mushrooms', name: 'Mushrooms', price: Money.cents(150) },
      { id: 'olives', name: 'Olives', price: Money.cents(100) },
      { id: 'extra-cheese', name: 'Extra cheese', price: Money.cents(200) },
      { id: 'basil', name: 'Fresh basil', price: Money.cents(50) },
    ],
  );
}
