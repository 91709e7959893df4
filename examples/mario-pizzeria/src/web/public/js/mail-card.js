// @ts-check
// How a sent email reads on the mailbox and track pages.
import { el } from './dom.js';

/**
 * An email as the mailbox recorded it (`GET /api/mailbox`, `GET /api/orders/:orderId/mails`).
 * @typedef {{ messageId: string, orderId: string | null, to: string, subject: string, body: string,
 *   sentAt: string }} SentMail
 */

/**
 * One email: subject, recipient, time and the plain-text body as it was sent.
 * @param {SentMail} mail
 * @param {{ orderLink?: boolean, card?: boolean }} [options] link the order's track page; a card of its own
 */
export function mailCard(mail, options = {}) {
  const sentAt = new Date(mail.sentAt);
  return el(
    'article',
    { class: options.card ? 'card mail' : 'mail', 'data-testid': 'mail', 'data-message-id': mail.messageId },
    el('h3', {}, mail.subject),
    el(
      'p',
      { class: 'muted' },
      'To ',
      el('strong', {}, mail.to),
      ' · ',
      el('time', { datetime: mail.sentAt }, sentAt.toLocaleString()),
      options.orderLink && mail.orderId !== null ? ' · ' : null,
      options.orderLink && mail.orderId !== null
        ? el('a', { href: `/track.html?order=${encodeURIComponent(mail.orderId)}` }, 'track the order')
        : null,
    ),
    el('pre', { class: 'mail-body' }, mail.body),
  );
}
