// @ts-check
import { api, formatCents } from './api.js';
import { $, clearError, el, showError } from './dom.js';
import { describeLine } from './order-format.js';
import { pizzaCard } from './pizza-card.js';

/** @typedef {import('./pizza-card.js').Menu} Menu */
/** @typedef {import('./pizza-card.js').PizzaChoice & { key: number }} CartLine */

const CONTACT_KEY = 'pizzeria.customer';

const errorBox = $('#error');
const form = /** @type {HTMLFormElement} */ ($('#checkout'));
const placeButton = /** @type {HTMLButtonElement} */ ($('#place-order'));
/** @type {CartLine[]} */
let cart = [];
let nextKey = 1;

function renderCart() {
  $('#cart').replaceChildren(
    ...cart.map((line) =>
      el(
        'li',
        { 'data-testid': 'cart-line' },
        el('span', {}, describeLine(line)),
        el('span', { class: 'price' }, formatCents(line.priceCents)),
        el(
          'button',
          {
            type: 'button',
            class: 'secondary small',
            'aria-label': `Remove ${describeLine(line)}`,
            onclick: () => {
              cart = cart.filter((other) => other.key !== line.key);
              renderCart();
            },
          },
          'Remove',
        ),
      ),
    ),
  );
  $('#cart-empty').hidden = cart.length > 0;
  $('#cart-total').textContent = formatCents(cart.reduce((sum, line) => sum + line.priceCents, 0));
  placeButton.disabled = cart.length === 0;
}

/** Marks the fields the API named as bad (`customer.email` → the email input). @param {unknown} error */
function markFields(error) {
  const paths = /** @type {{ issues?: { path: string }[] }} */ (error).issues?.map((i) => i.path) ?? [];
  for (const field of ['name', 'email', 'phone']) {
    const input = $(`#customer-${field}`);
    if (paths.includes(`customer.${field}`)) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  }
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  clearError(errorBox);
  const data = new FormData(form);
  const text = (/** @type {string} */ name) => String(data.get(name) ?? '').trim();
  const customer = {
    name: text('name'),
    ...(text('email') ? { email: text('email') } : {}),
    ...(text('phone') ? { phone: text('phone') } : {}),
  };
  const items = cart.map(({ pizzaId, size, toppings }) => ({ pizzaId, size, toppings }));
  placeButton.disabled = true;
  placeButton.textContent = 'Placing your order…';
  try {
    const placed = await api('/api/orders', { method: 'POST', body: { customer, items } });
    try {
      await api(`/api/orders/${placed.orderId}/confirm`, { method: 'POST' });
    } catch (error) {
      // A refused confirmation (e.g. out of mozzarella) leaves a pending order nobody will finish: cancel it.
      await api(`/api/orders/${placed.orderId}/cancel`, { method: 'POST', body: { reason: 'not confirmed' } }).catch(
        () => undefined,
      );
      throw error;
    }
    localStorage.setItem(CONTACT_KEY, JSON.stringify(customer));
    localStorage.setItem('pizzeria.lastOrder', placed.orderId);
    location.assign(`/track.html?order=${encodeURIComponent(placed.orderId)}`);
  } catch (error) {
    markFields(error);
    showError(errorBox, error);
    placeButton.disabled = cart.length === 0;
    placeButton.textContent = 'Place order';
  }
});

/** Fills the contact fields with what this browser used last time. */
function rememberCustomer() {
  try {
    const saved = JSON.parse(localStorage.getItem(CONTACT_KEY) ?? '{}');
    for (const field of ['name', 'email', 'phone']) {
      if (typeof saved[field] === 'string')
        /** @type {HTMLInputElement} */ ($(`#customer-${field}`)).value = saved[field];
    }
  } catch {
    // Nothing usable saved: the fields stay empty.
  }
}

async function start() {
  rememberCustomer();
  renderCart();
  const menuBox = $('#menu');
  try {
    /** @type {Menu} */
    const menu = await api('/api/menu');
    menuBox.replaceChildren(
      ...menu.pizzas.map((pizza) =>
        pizzaCard(menu, pizza, (choice) => {
          cart = [...cart, { ...choice, key: nextKey++ }];
          renderCart();
        }),
      ),
    );
  } catch (error) {
    menuBox.replaceChildren();
    showError(errorBox, error);
  } finally {
    menuBox.removeAttribute('aria-busy');
  }
}

void start();
