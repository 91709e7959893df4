// @ts-check
import { formatCents } from './api.js';
import { $, clearError, el, showError } from './dom.js';
import { debounce, followEvents } from './live.js';
import { withStaff } from './staff-session.js';

/** @typedef {import('./live.js').LiveEvent} LiveEvent */
/** @typedef {{ id: string, handler: string, attempts: number, lastError: string | null, event: LiveEvent }} DeadDelivery */

const FEED_LENGTH = 100;

/**
 * The last two parts of a dotted name: `pizzeria.orders.OrderReady.v1` → `OrderReady.v1`.
 * @param {string} name
 */
const short = (name) => name.split('.').slice(-2).join('.');

withStaff({
  roles: ['manager'],
  start: (staff, call) => {
    const errorBox = $('#error');
    const failed = (/** @type {unknown} */ error) => showError(errorBox, error);

    async function loadSales() {
      const [today, top] = await Promise.all([
        call('/api/management/sales/today'),
        call('/api/management/sales/top-pizzas?limit=5'),
      ]);
      $('#sales-orders').textContent = String(today.orders);
      $('#sales-pizzas').textContent = String(today.pizzas);
      $('#sales-revenue').textContent = formatCents(today.revenueCents);
      const cancelled = today.cancelledOrders === 1 ? '1 order' : `${today.cancelledOrders} orders`;
      $('#sales-cancelled').textContent =
        today.cancelledOrders === 0
          ? 'No confirmed order was cancelled.'
          : `Cancelled after confirmation, not counted above: ${cancelled} (${formatCents(today.cancelledRevenueCents)}).`;
      $('#top-pizzas').replaceChildren(
        ...(top.length === 0
          ? [el('tr', {}, el('td', { colspan: 3, class: 'muted' }, 'Nothing sold yet.'))]
          : top.map((/** @type {any} */ p) =>
              el(
                'tr',
                {},
                el('td', {}, p.pizzaName),
                el('td', { class: 'num' }, p.quantity),
                el('td', { class: 'num' }, formatCents(p.revenueCents)),
              ),
            )),
      );
    }

    /** @param {string | undefined} handler all dead deliveries, or one handler's */
    async function retry(handler) {
      clearError(errorBox);
      try {
        await call('/api/management/deliveries/retry', {
          method: 'POST',
          body: handler === undefined ? {} : { handler },
        });
        await loadDead();
      } catch (error) {
        failed(error);
      }
    }

    async function loadDead() {
      /** @type {DeadDelivery[]} */
      const dead = await call('/api/management/deliveries/dead?limit=50');
      $('#retry-all').hidden = dead.length === 0;
      $('#dead').replaceChildren(
        ...(dead.length === 0
          ? [el('tr', {}, el('td', { colspan: 4, class: 'muted' }, 'None: every handler is keeping up.'))]
          : dead.map((d) =>
              el(
                'tr',
                { 'data-testid': 'dead-delivery' },
                el('td', {}, d.handler),
                el('td', {}, short(d.event.type), el('br'), el('span', { class: 'muted' }, `${d.attempts} attempts`)),
                el('td', {}, d.lastError ?? '–'),
                el(
                  'td',
                  {},
                  el('button', { type: 'button', class: 'small', onclick: () => retry(d.handler) }, 'Retry'),
                ),
              ),
            )),
      );
    }

    /** @param {LiveEvent} event */
    function addToFeed(event) {
      const feed = $('#feed');
      feed.prepend(
        el(
          'li',
          { 'data-testid': 'feed-event', 'data-type': event.type },
          el('time', { datetime: event.occurredAt, class: 'muted' }, new Date(event.occurredAt).toLocaleTimeString()),
          el('span', { class: 'type' }, event.type),
          el('span', { class: 'aggregate' }, `${short(event.aggregateType)} ${event.aggregateId} · v${event.version}`),
        ),
      );
      while (feed.children.length > FEED_LENGTH) feed.lastElementChild?.remove();
      $('#feed-empty').hidden = true;
    }

    const loadFigures = () => void Promise.all([loadSales(), loadDead()]).catch(failed);
    // Sales and delivery records are written by handlers just after the commit: read them once a burst settles.
    const figuresChanged = debounce(loadFigures, 400);
    $('#refresh').addEventListener('click', loadFigures);
    $('#retry-all').addEventListener('click', () => void retry(undefined));

    loadFigures();
    followEvents(`/api/events/stream?token=${encodeURIComponent(staff.token)}`, {
      status: $('#live'),
      onOpen: loadFigures,
      onEvent: (event) => {
        addToFeed(event);
        figuresChanged();
      },
    });
  },
});
