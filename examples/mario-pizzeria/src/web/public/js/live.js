// @ts-check
// Follows a server-sent-event stream of committed domain events, and shows whether it is connected.

/**
 * One committed domain event, as the API's streams send it.
 * @typedef {{ eventId: string, type: string, aggregateType: string, aggregateId: string, version: number,
 *   occurredAt: string, payload: Record<string, unknown> }} LiveEvent
 */

const LABELS = {
  connecting: 'Connecting to live updates…',
  open: 'Live',
  reconnecting: 'Reconnecting…',
  closed: 'Live updates stopped: reload the page',
};

/**
 * Opens the stream at `url`. `onOpen` runs on every (re)connection, so the page can re-read what it
 * shows: events committed while it was disconnected are not replayed.
 * @param {string} url
 * @param {{ status: HTMLElement, onEvent: (event: LiveEvent) => void, onOpen?: () => void }} options
 * @returns {() => void} closes the stream
 */
export function followEvents(url, { status, onEvent, onOpen }) {
  /** @param {keyof typeof LABELS} state */
  const show = (state) => {
    status.dataset['state'] = state;
    status.textContent = LABELS[state];
  };
  show('connecting');
  const source = new EventSource(url);
  source.addEventListener('open', () => {
    show('open');
    onOpen?.();
  });
  source.addEventListener('message', (message) => {
    onEvent(/** @type {LiveEvent} */ (JSON.parse(message.data)));
  });
  source.addEventListener('error', () => show(source.readyState === EventSource.CLOSED ? 'closed' : 'reconnecting'));
  return () => source.close();
}

/**
 * Calls `run` once, `ms` after the last of a burst of calls (one commit raises several events).
 * @param {() => void} run
 * @param {number} ms
 */
export function debounce(run, ms) {
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(run, ms);
  };
}
