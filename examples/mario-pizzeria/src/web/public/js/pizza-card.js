// @ts-check
import { formatCents } from './api.js';
import { el } from './dom.js';

/**
 * `GET /api/menu`: prices are per size with no extra toppings; a topping costs the same on any size.
 * @typedef {{ id: string, name: string, prices: Record<string, number> }} MenuPizza
 * @typedef {{ id: string, name: string, priceCents: number }} MenuTopping
 * @typedef {{ sizes: string[], pizzas: MenuPizza[], toppings: MenuTopping[] }} Menu
 * @typedef {{ pizzaId: string, pizzaName: string, size: string, toppings: string[], priceCents: number }} PizzaChoice
 */

const SIZE_NAMES = /** @type {Record<string, string>} */ ({ S: 'Small', M: 'Medium', L: 'Large' });

/**
 * The price shown for a pizza: its price in that size (from the server's pricing rule) plus its toppings.
 * The order's total is the server's, worked out again when the order is placed.
 * @param {Menu} menu @param {MenuPizza} pizza @param {string} size @param {string[]} toppings
 */
function priceOf(menu, pizza, size, toppings) {
  const extras = menu.toppings.filter((t) => toppings.includes(t.id)).reduce((sum, t) => sum + t.priceCents, 0);
  return (pizza.prices[size] ?? 0) + extras;
}

/**
 * One pizza on the menu, as a card with its sizes and extra toppings and an "Add to order" button.
 * @param {Menu} menu
 * @param {MenuPizza} pizza
 * @param {(choice: PizzaChoice) => void} onAdd receives the chosen pizza, priced
 */
export function pizzaCard(menu, pizza, onAdd) {
  const card = el('article', {
    class: 'card',
    'data-testid': `pizza-${pizza.id}`,
    'aria-labelledby': `name-${pizza.id}`,
  });
  const price = el('span', { class: 'price', 'data-testid': `price-${pizza.id}` });
  const chosen = () => {
    const data = new FormData(choice);
    return { size: String(data.get('size') ?? 'M'), toppings: data.getAll('topping').map(String) };
  };
  const update = () => {
    const { size, toppings } = chosen();
    price.textContent = formatCents(priceOf(menu, pizza, size, toppings));
  };
  const choice = el(
    'form',
    { onchange: update },
    el(
      'fieldset',
      {},
      el('legend', {}, 'Size'),
      ...menu.sizes.map((size) =>
        el(
          'label',
          { class: 'choice' },
          el('input', {
            type: 'radio',
            name: 'size',
            value: size,
            checked: size === 'M',
            'data-testid': `size-${pizza.id}-${size}`,
          }),
          `${SIZE_NAMES[size] ?? size} ${formatCents(pizza.prices[size] ?? 0)}`,
        ),
      ),
    ),
    el(
      'fieldset',
      {},
      el('legend', {}, 'Extra toppings'),
      ...menu.toppings.map((topping) =>
        el(
          'label',
          { class: 'choice' },
          el('input', {
            type: 'checkbox',
            name: 'topping',
            value: topping.id,
            'data-testid': `topping-${pizza.id}-${topping.id}`,
          }),
          `${topping.name} +${formatCents(topping.priceCents)}`,
        ),
      ),
    ),
  );
  choice.addEventListener('submit', (event) => {
    event.preventDefault();
    const { size, toppings } = chosen();
    onAdd({
      pizzaId: pizza.id,
      pizzaName: pizza.name,
      size,
      toppings,
      priceCents: priceOf(menu, pizza, size, toppings),
    });
  });
  choice.append(
    el(
      'p',
      { class: 'ticket-actions' },
      price,
      el('button', { type: 'submit', 'data-testid': `add-${pizza.id}` }, 'Add to order'),
    ),
  );
  update();
  card.append(el('h3', { id: `name-${pizza.id}` }, pizza.name), choice);
  return card;
}
