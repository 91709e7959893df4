// @ts-check
import { ApiError, api } from './api.js';
import { $, clearError, el, showError } from './dom.js';

/** @typedef {{ token: string, name: string, role: string }} Staff */

const KEY = 'pizzeria.staff';
const NOTICE = 'pizzeria.staff.notice';

/** The staff member signed in in this tab, if any. @returns {Staff | undefined} */
function currentStaff() {
  try {
    const staff = JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
    return staff && typeof staff.token === 'string' ? staff : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Signs out of this tab and starts the page again, showing `notice` above the sign-in form.
 * @param {string} [notice]
 */
function signOut(notice) {
  sessionStorage.removeItem(KEY);
  if (notice !== undefined) sessionStorage.setItem(NOTICE, notice);
  location.reload();
}

/**
 * Runs a staff page: shows the development sign-in (a name and one button per allowed role) until
 * someone with one of `roles` is signed in, then calls `start` with them and an API caller that sends
 * their token (a 401 signs them out: the token expired or the server's secret changed).
 * @param {{ roles: string[], start: (staff: Staff, call: typeof api) => void }} page
 */
export function withStaff({ roles, start }) {
  const login = $('#login');
  const app = $('#app');
  const bar = $('#staff-bar');
  const staff = currentStaff();
  if (staff !== undefined && roles.includes(staff.role)) {
    bar.replaceChildren(
      el('span', { 'data-testid': 'signed-in' }, `Signed in as ${staff.name} (${staff.role})`),
      el('button', { type: 'button', class: 'secondary small', onclick: () => signOut() }, 'Sign out'),
    );
    app.hidden = false;
    /** @type {typeof api} */
    const call = (path, options = {}) =>
      api(path, { ...options, token: staff.token }).catch((error) => {
        if (error instanceof ApiError && error.status === 401)
          signOut('Your sign-in has expired: please sign in again.');
        throw error;
      });
    start(staff, call);
    return;
  }
  login.hidden = false;
  renderLogin(login, roles, staff);
}

/**
 * @param {HTMLElement} section
 * @param {string[]} roles
 * @param {Staff | undefined} signedIn someone signed in with a role this page does not take
 */
function renderLogin(section, roles, signedIn) {
  const errorBox = el('div', { class: 'error', role: 'alert' });
  const notice = sessionStorage.getItem(NOTICE);
  sessionStorage.removeItem(NOTICE);
  if (notice !== null) showError(errorBox, new Error(notice));
  else if (signedIn !== undefined) {
    showError(
      errorBox,
      new Error(`${signedIn.name} is signed in as ${signedIn.role}; this page needs ${roles.join(' or ')}.`),
    );
  }
  const name = el('input', { id: 'staff-name', name: 'name', type: 'text', required: true, autocomplete: 'name' });
  name.dataset['testid'] = 'login-name';
  const form = el(
    'form',
    { 'data-testid': 'login-form' },
    el('label', { for: 'staff-name' }, 'Your name'),
    name,
    el(
      'div',
      { class: 'role-buttons' },
      ...roles.map((role) =>
        el(
          'button',
          { type: 'submit', name: 'role', value: role, 'data-testid': `login-${role}` },
          `Sign in as ${role}`,
        ),
      ),
    ),
    errorBox,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const submitter = /** @type {SubmitEvent} */ (event).submitter;
    const role = submitter instanceof HTMLButtonElement ? submitter.value : roles[0];
    clearError(errorBox);
    try {
      const answer = await api('/api/auth/dev-login', { method: 'POST', body: { name: name.value, role } });
      sessionStorage.setItem(KEY, JSON.stringify({ token: answer.token, name: answer.name, role: answer.role }));
      location.reload();
    } catch (error) {
      showError(errorBox, error);
    }
  });
  section.replaceChildren(
    el('h2', { id: 'login-title' }, 'Staff sign-in'),
    el('p', { class: 'hint' }, 'Development login: type a name and pick a role. Anyone may be anyone here.'),
    form,
  );
  name.focus();
}
