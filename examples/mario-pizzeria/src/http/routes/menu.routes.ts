import { PIZZA_SIZES } from '../../menu/pizza-size.js';
import { pricePizza } from '../../menu/pizza-pricing.js';
import type { ApiContext } from '../api-context.js';
import type { ApiRoute } from '../api-route.js';

/** The menu: every pizza with its price in each size (from the one pricing rule) and the extra toppings. */
export function menuRoutes(ctx: ApiContext): ApiRoute[] {
  return [
    {
      method: 'GET',
      url: '/api/menu',
      summary: 'The menu: pizzas with their price per size, extra toppings, sizes (prices in integer cents).',
      tag: 'menu',
      handle: async () => ({
        sizes: PIZZA_SIZES,
        pizzas: ctx.menu.pizzas.map((pizza) => ({
          id: pizza.id,
          name: pizza.name,
          prices: Object.fromEntries(PIZZA_SIZES.map((size) => [size, pricePizza(pizza, size, []).cents])),
        })),
        toppings: ctx.menu.toppings.map((topping) => ({
          id: topping.id,
          name: topping.name,
          priceCents: topping.price.cents,
        })),
      }),
    },
  ];
}
