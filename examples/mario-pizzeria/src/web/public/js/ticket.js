// @ts-check
import { formatCents } from './api.js';
import { el } from './dom.js';
import { STATUS_LABELS, shortId } from './order-format.js';

/** @typedef {import('./order-format.js').OrderSummary} OrderSummary */

/**
 * One order as a card on a staff board: who, what, how much, and the page's buttons for it.
 * @param {OrderSummary} order
 * @param {...Node} actions
 */
export function ticket(order, ...actions) {
  return el(
    'article',
    {
      class: 'card ticket',
      'data-testid': 'order-card',
      'data-order-id': order.orderId,
      'data-status': order.status,
      'aria-label': `Order ${shortId(order.orderId)} for ${order.customerName}`,
    },
    el(
      'div',
      { class: 'ticket-head' },
      el('h3', {}, `${shortId(order.orderId)} · ${order.customerName}`),
      el('span', { class: 'pill' }, STATUS_LABELS[order.status] ?? order.status),
    ),
    el('ul', {}, ...order.pizzas.map((pizza) => el('li', {}, pizza))),
    el(
      'div',
      { class: 'ticket-actions' },
      ...actions,
      el('span', { class: 'price muted' }, formatCents(order.totalCents)),
    ),
  );
}

/**
 * A button that runs one command for one order, disabled while it runs; `done` receives the API's answer.
 * @param {{ label: string, testId: string, run: () => Promise<unknown>, done: (answer: any) => void,
 *   failed: (error: unknown) => void, className?: string }} options
 */
export function commandButton({ label, testId, run, done, failed, className }) {
  const button = el('button', { type: 'button', 'data-testid': testId, class: className });
  button.textContent = label;
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      done(await run());
    } catch (error) {
      failed(error);
      button.disabled = false;
    }
  });
  return button;
}

/**
 * Fills a board column, or says it is empty.
 * @param {HTMLElement} column
 * @param {HTMLElement} count
 * @param {Node[]} cards
 * @param {string} emptyText
 */
export function fillColumn(column, count, cards, emptyText) {
  column.replaceChildren(...(cards.length > 0 ? cards : [el('p', { class: 'empty' }, emptyText)]));
  count.textContent = String(cards.length);
}
