import { RecipeBook } from './recipe-book.js';

/** Mario's recipes for the default menu, for a medium pizza, in grams and millilitres. */
export function defaultRecipes(): RecipeBook {
  return new RecipeBook(
    {
      margherita: { dough: 250, tomato: 80, mozzarella: 120, basil: 2 },
      marinara: { dough: 250, tomato: 100, garlic: 5, oregano: 2 },
      pepperoni: { dough: 250, tomato: 80, mozzarella: 120, pepperoni: 60 },
      'quattro-formaggi': { dough: 250, mozzarella: 80, gorgonzola: 40, parmesan: 30, fontina: 40 },
    },
    {
      mushrooms: { mushrooms: 50 },
      olives: { olives: 30 },
      'extra-cheese': { mozzarella: 60 },
      basil: { basil: 3 },
    },
  );
}
