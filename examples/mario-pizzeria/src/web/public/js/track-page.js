// @ts-check
import { api, formatCents } from './api.js';
import { $, clearError, el, showError } from './dom.js';
import { followEvents } from './live.js';
import { mailCard } from './mail-card.js';
import { STATUS_LABELS, describeLine, shortId } from './order-format.js';

/** @typedef {import('./order-format.js').OrderView} OrderView */
/** @typedef {import('./mail-card.js').SentMail} SentMail */
/** @typedef {{ id: string, kind: string, message: string, createdAt: string, readAt: string | null }} Notification */

/** The steps a customer sees; `assigned` is shown as ready (a driver has it, it has not left yet). */
const STEPS = [
  { status: 'confirmed', label: 'Confirmed' },
  { status: 'cooking', label: 'In the oven' },
  { status: 'ready', label: 'Ready' },
  { status: 'out-for-delivery', label: 'Out for delivery' },
  { status: 'delivered', label: 'Delivered' },
];
const STEP_OF = /** @type {Record<string, number>} */ ({
  pending: -1,
  confirmed: 0,
  cooking: 1,
  ready: 2,
  assigned: 2,
  'out-for-delivery': 3,
  delivered: 4,
});
/** The events the notification handler turns into a notification, whose id it derives from the event's. */
const NOTIFYING = [
  'pizzeria.orders.CookingStarted.v1',
  'pizzeria.orders.OrderReady.v1',
  'pizzeria.orders.OrderOutForDelivery.v1',
];

/** The event the confirmation email is sent for, keyed `order-confirmed-<eventId>`. */
const CONFIRMED = 'pizzeria.orders.OrderConfirmed.v1';

const errorBox = $('#error');
/** @type {OrderView | undefined} */
let order;

/** @param {OrderView} next */
function render(next) {
  if (order !== undefined && order.version > next.version) return; // an older answer overtaken by a newer one
  order = next;
  const step = STEP_OF[next.status] ?? -1;
  const status = $('#order-status');
  status.textContent = STATUS_LABELS[next.status] ?? next.status;
  status.dataset['status'] = next.status;
  $('#order-number').textContent = shortId(next.id);
  $('#steps').replaceChildren(
    ...STEPS.map((s, i) =>
      el(
        'li',
        {
          'data-step': s.status,
          'data-state': i < step ? 'done' : i === step ? 'current' : 'todo',
          'aria-current': i === step ? 'step' : false,
        },
        s.label,
      ),
    ),
  );
  const notes = /** @type {Record<string, string>} */ ({
    pending: 'This order was never confirmed.',
    assigned: 'A driver has your order and is about to leave.',
    cancelled: `Cancelled${next.cancelReason ? `: ${next.cancelReason}` : ''}.`,
  });
  $('#order-note').textContent = notes[next.status] ?? '';
  $('#order-lines').replaceChildren(
    ...next.lines.map((line) =>
      el('li', {}, el('span', {}, describeLine(line)), el('span', { class: 'price' }, formatCents(line.priceCents))),
    ),
  );
  $('#order-total').textContent = formatCents(next.totalCents);
  $('#cancel-order').hidden = !['pending', 'confirmed'].includes(next.status);
}

/** @param {Notification[]} notifications */
function renderNotifications(notifications) {
  $('#notifications').replaceChildren(
    ...notifications.map((n) =>
      el(
        'li',
        { 'data-testid': `notification-${n.kind}` },
        el('span', {}, n.message, ' ', el('span', { class: 'muted' }, new Date(n.createdAt).toLocaleTimeString())),
        el('button', { type: 'button', class: 'secondary small', onclick: () => dismiss(n.id) }, 'Dismiss'),
      ),
    ),
  );
  $('#notifications-empty').hidden = notifications.length > 0;
}

/**
 * Reads the customer's notifications about this order. The inbox is filled by a handler just after the
 * commit, so when `expected` (derived from an event) is not there yet, read again a few times, backing off.
 * @param {string | undefined} [expected]
 */
async function loadNotifications(expected) {
  const customerId = order?.customer.customerId;
  if (customerId === undefined) return;
  for (let attempt = 0; ; attempt++) {
    /** @type {(Notification & { orderId: string })[]} */
    const all = await api(`/api/customers/${encodeURIComponent(customerId)}/notifications`);
    const mine = all.filter((n) => n.orderId === order?.id);
    renderNotifications(mine);
    if (expected === undefined || mine.some((n) => n.id === expected) || attempt >= 5) return;
    await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt));
  }
}

/**
 * Reads the emails sent about this order. They are written by a handler just after the commit, so when one
 * is expected (`true`: any; a string: that message id) and not there yet, read again a few times, backing off.
 * @param {string} orderId
 * @param {string | boolean} [expected]
 */
async function loadMails(orderId, expected = false) {
  for (let attempt = 0; ; attempt++) {
    /** @type {SentMail[]} */
    const mails = await api(`/api/orders/${encodeURIComponent(orderId)}/mails`);
    $('#order-mails').replaceChildren(...mails.map((mail) => mailCard(mail)));
    $('#order-mails-empty').hidden = mails.length > 0;
    const arrived = typeof expected === 'string' ? mails.some((m) => m.messageId === expected) : mails.length > 0;
    if (expected === false || arrived || attempt >= 5) return;
    await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt));
  }
}

/** Whether this order's confirmation email should exist: confirmed at some point, to an email address. */
const mailExpected = () =>
  order !== undefined && order.customer.email !== undefined && !['pending', 'cancelled'].includes(order.status);

/** @param {string} notificationId */
async function dismiss(notificationId) {
  try {
    await api(`/api/notifications/${encodeURIComponent(notificationId)}/dismiss`, { method: 'POST' });
    await loadNotifications();
  } catch (error) {
    showError(errorBox, error);
  }
}

/** @param {string} orderId */
async function readOrder(orderId) {
  render(await api(`/api/orders/${encodeURIComponent(orderId)}`));
}

/** @param {string} orderId */
async function track(orderId) {
  try {
    await readOrder(orderId);
  } catch (error) {
    showError(errorBox, error);
    $('#find').hidden = false;
    return;
  }
  $('#order').hidden = false;
  const live = $('#live');
  live.hidden = false;
  localStorage.setItem('pizzeria.lastOrder', orderId);
  followEvents(`/api/orders/${encodeURIComponent(orderId)}/stream`, {
    status: live,
    // Re-read on every (re)connection: events committed while disconnected are not replayed.
    onOpen: () =>
      void readOrder(orderId)
        .then(() => Promise.all([loadNotifications(), loadMails(orderId, mailExpected())]))
        .catch((error) => showError(errorBox, error)),
    onEvent: (event) => {
      const expected = NOTIFYING.includes(event.type) ? `notification-${event.eventId}` : undefined;
      const mail = event.type === CONFIRMED && order?.customer.email !== undefined;
      readOrder(orderId)
        .then(() =>
          Promise.all([
            loadNotifications(expected),
            mail ? loadMails(orderId, `order-confirmed-${event.eventId}`) : undefined,
          ]),
        )
        .catch((error) => showError(errorBox, error));
    },
  });
  $('#cancel-order').addEventListener('click', async () => {
    clearError(errorBox);
    try {
      render(
        await api(`/api/orders/${encodeURIComponent(orderId)}/cancel`, {
          method: 'POST',
          body: { reason: 'cancelled by the customer' },
        }),
      );
    } catch (error) {
      showError(errorBox, error);
    }
  });
}

const orderId = new URLSearchParams(location.search).get('order') ?? localStorage.getItem('pizzeria.lastOrder');
if (orderId) void track(orderId);
else $('#find').hidden = false;
