// @ts-check
import { $, clearError, el, showError } from './dom.js';
import { debounce, followEvents } from './live.js';
import { OrderBoard } from './order-board.js';
import { ORDER_AGGREGATE, shortId } from './order-format.js';
import { withStaff } from './staff-session.js';
import { commandButton, fillColumn, ticket } from './ticket.js';

/** @typedef {import('./order-format.js').OrderSummary} OrderSummary */
/** @typedef {import('./live.js').LiveEvent} LiveEvent */

/** The event of an order cancelled; from `confirmed`, its ticket was on this board. */
const ORDER_CANCELLED = 'pizzeria.orders.OrderCancelled.v1';
/** How many withdrawn tickets the page keeps in view. */
const WITHDRAWN_SHOWN = 5;

withStaff({
  roles: ['chef', 'manager'],
  start: (staff, call) => {
    const errorBox = $('#error');
    const failed = (/** @type {unknown} */ error) => showError(errorBox, error);
    /** @param {string} path */
    const post = (path) => () => {
      clearError(errorBox);
      return call(path, { method: 'POST' });
    };

    const board = new OrderBoard({
      statuses: ['confirmed', 'cooking'],
      load: () => call('/api/kitchen/queue'),
      read: (orderId) => call(`/api/orders/${encodeURIComponent(orderId)}`),
      onChange: render,
    });
    const apply = (/** @type {any} */ order) => board.apply(order);

    /** @param {OrderSummary[]} orders */
    function render(orders) {
      const id = (/** @type {OrderSummary} */ o) => encodeURIComponent(o.orderId);
      const waiting = orders.filter((o) => o.status === 'confirmed');
      const cooking = orders.filter((o) => o.status === 'cooking');
      fillColumn(
        $('#waiting'),
        $('#waiting-count'),
        waiting.map((o) =>
          ticket(
            o,
            commandButton({
              label: 'Start cooking',
              testId: 'start-cooking',
              run: post(`/api/kitchen/orders/${id(o)}/start`),
              done: apply,
              failed,
            }),
          ),
        ),
        'No orders waiting.',
      );
      fillColumn(
        $('#cooking'),
        $('#cooking-count'),
        cooking.map((o) =>
          ticket(
            o,
            commandButton({
              label: 'Mark ready',
              testId: 'mark-ready',
              run: post(`/api/kitchen/orders/${id(o)}/ready`),
              done: apply,
              failed,
            }),
          ),
        ),
        'The ovens are empty.',
      );
    }

    /**
     * Says which waiting ticket came off the board, so a cook holding its paper does not start it.
     * @param {LiveEvent} event
     */
    function withdrawn(event) {
      const name = board.orders.get(event.aggregateId)?.customerName;
      const reason = typeof event.payload['reason'] === 'string' ? event.payload['reason'] : '';
      const list = $('#withdrawn');
      list.prepend(
        el(
          'li',
          { 'data-testid': 'withdrawn-ticket', 'data-order-id': event.aggregateId },
          el('strong', {}, `${shortId(event.aggregateId)}${name === undefined ? '' : ` · ${name}`}`),
          ` cancelled${reason === '' ? '' : `: ${reason}`} `,
          el('time', { datetime: event.occurredAt, class: 'muted' }, new Date(event.occurredAt).toLocaleTimeString()),
        ),
      );
      while (list.children.length > WITHDRAWN_SHOWN) list.lastElementChild?.remove();
      $('#withdrawn-section').hidden = false;
    }

    async function loadKitchen() {
      const kitchen = await call('/api/kitchen');
      $('#capacity').textContent = `Ovens: ${kitchen.cooking.length} of ${kitchen.capacity} in use`;
    }
    const kitchenChanged = debounce(() => void loadKitchen().catch(failed), 50);

    // Loaded now (a stale token signs out at once) and again whenever the stream (re)connects.
    void Promise.all([board.reload(), loadKitchen()]).catch(failed);
    followEvents(`/api/events/stream?token=${encodeURIComponent(staff.token)}`, {
      status: $('#live'),
      onOpen: () => void Promise.all([board.reload(), loadKitchen()]).catch(failed),
      onEvent: (event) => {
        if (event.type === ORDER_CANCELLED && event.payload['previousStatus'] === 'confirmed') withdrawn(event);
        if (event.aggregateType === ORDER_AGGREGATE) void board.refresh(event.aggregateId).catch(failed);
        if (event.aggregateType === 'pizzeria.kitchen.Kitchen') kitchenChanged();
      },
    });
  },
});
