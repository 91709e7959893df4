// @ts-check
import { $, clearError, el, showError } from './dom.js';
import { debounce, followEvents } from './live.js';
import { OrderBoard } from './order-board.js';
import { ORDER_AGGREGATE, shortId } from './order-format.js';
import { withStaff } from './staff-session.js';
import { commandButton, fillColumn, ticket } from './ticket.js';

/** @typedef {import('./order-format.js').OrderSummary} OrderSummary */
/** @typedef {{ id: string, name: string, status: string, orderId: string | null }} Driver */

const DRIVER_STATUS = /** @type {Record<string, string>} */ ({
  available: 'Available',
  assigned: 'Holding an order',
  'on-the-road': 'On the road',
});

withStaff({
  roles: ['driver', 'manager'],
  start: (staff, call) => {
    const errorBox = $('#error');
    const failed = (/** @type {unknown} */ error) => showError(errorBox, error);
    /** @type {Driver[]} */
    let drivers = [];
    /** @type {OrderSummary[]} */
    let orders = [];

    const board = new OrderBoard({
      statuses: ['ready', 'assigned', 'out-for-delivery'],
      load: () => call('/api/delivery/orders'),
      read: (orderId) => call(`/api/orders/${encodeURIComponent(orderId)}`),
      onChange: (next) => {
        orders = next;
        render();
      },
    });
    /** @param {string} orderId @param {string} action @param {unknown} [body] */
    const command = (orderId, action, body) => () => {
      clearError(errorBox);
      return call(`/api/delivery/orders/${encodeURIComponent(orderId)}/${action}`, {
        method: 'POST',
        body: body ?? {},
      });
    };
    const done = (/** @type {any} */ order) => board.apply(order);

    /** @param {OrderSummary} order */
    function actions(order) {
      if (order.status === 'ready') {
        const select = el(
          'select',
          { 'aria-label': `Driver for order ${shortId(order.orderId)}`, 'data-testid': 'driver-select' },
          el('option', { value: '' }, 'First available driver'),
          ...drivers.filter((d) => d.status === 'available').map((d) => el('option', { value: d.id }, d.name)),
        );
        const assign = commandButton({
          label: 'Assign',
          testId: 'assign-driver',
          run: () => command(order.orderId, 'assign', select.value ? { driverId: select.value } : {})(),
          done,
          failed,
        });
        return [select, assign];
      }
      if (order.status === 'assigned') {
        return [
          commandButton({
            label: 'Out for delivery',
            testId: 'out-for-delivery',
            run: command(order.orderId, 'out-for-delivery'),
            done,
            failed,
          }),
        ];
      }
      return [
        commandButton({
          label: 'Delivered',
          testId: 'delivered',
          run: command(order.orderId, 'delivered'),
          done,
          failed,
        }),
      ];
    }

    function render() {
      /** @param {OrderSummary} order */
      const driverName = (order) => drivers.find((d) => d.id === order.driverId)?.name;
      fillColumn(
        $('#board'),
        $('#board-count'),
        orders.map((order) => {
          const card = ticket(order, ...actions(order));
          const name = driverName(order);
          if (name !== undefined) card.querySelector('ul')?.after(el('p', { class: 'muted' }, `Driver: ${name}`));
          return card;
        }),
        'No orders to deliver.',
      );
      $('#drivers').replaceChildren(
        ...drivers.map((d) =>
          el(
            'tr',
            { 'data-testid': `driver-${d.id}`, 'data-status': d.status },
            el('td', {}, d.name),
            el('td', {}, DRIVER_STATUS[d.status] ?? d.status),
            el('td', {}, d.orderId === null ? '–' : shortId(d.orderId)),
          ),
        ),
      );
    }

    async function loadDrivers() {
      drivers = await call('/api/delivery/drivers');
      render();
    }
    const fleetChanged = debounce(() => void loadDrivers().catch(failed), 50);

    // Loaded now (a stale token signs out at once) and again whenever the stream (re)connects.
    void Promise.all([board.reload(), loadDrivers()]).catch(failed);
    followEvents(`/api/events/stream?token=${encodeURIComponent(staff.token)}`, {
      status: $('#live'),
      onOpen: () => void Promise.all([board.reload(), loadDrivers()]).catch(failed),
      onEvent: (event) => {
        if (event.aggregateType === ORDER_AGGREGATE) void board.refresh(event.aggregateId).catch(failed);
        if (event.aggregateType === 'pizzeria.delivery.Fleet') fleetChanged();
      },
    });
  },
});
