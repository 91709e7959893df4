// @ts-check
import { $, clearError, showError } from './dom.js';
import { debounce, followEvents } from './live.js';
import { mailCard } from './mail-card.js';
import { withStaff } from './staff-session.js';

/** @typedef {import('./mail-card.js').SentMail} SentMail */

/** How many of the most recent mails the page shows. */
const SHOWN = 100;

withStaff({
  roles: ['manager'],
  start: (staff, call) => {
    const errorBox = $('#error');

    async function loadMails() {
      clearError(errorBox);
      /** @type {SentMail[]} */
      const mails = await call(`/api/mailbox?limit=${SHOWN}`);
      $('#mails').replaceChildren(...mails.map((mail) => mailCard(mail, { orderLink: true, card: true })));
      $('#mails-empty').hidden = mails.length > 0;
    }

    const load = () => void loadMails().catch((error) => showError(errorBox, error));
    // Mail is written by a handler just after the commit that caused it: read once a burst of events settles.
    const mailMayHaveChanged = debounce(load, 400);
    $('#refresh').addEventListener('click', load);
    load();
    followEvents(`/api/events/stream?token=${encodeURIComponent(staff.token)}`, {
      status: $('#live'),
      onOpen: load,
      onEvent: mailMayHaveChanged,
    });
  },
});
