// @ts-check
// Tiny DOM helpers: build elements without innerHTML (so no text from the API is ever parsed as HTML).

/** @typedef {Node | string | number | null | undefined | false} Child */

/**
 * Creates an element: `attrs` become attributes (`true` → present, `false`/undefined → absent) and
 * `on…` functions become listeners.
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Record<string, unknown>} [attrs]
 * @param {...Child} children
 * @returns {HTMLElementTagNameMap[K]}
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false || value === null) continue;
    if (typeof value === 'function' && name.startsWith('on')) {
      node.addEventListener(name.slice(2).toLowerCase(), /** @type {EventListener} */ (value));
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'number' ? String(child) : child);
  }
  return node;
}

/**
 * The element matching `selector`; a page without it is a bug, so this throws rather than answer null.
 * @param {string} selector
 * @returns {HTMLElement}
 */
export function $(selector) {
  const found = document.querySelector(selector);
  if (!(found instanceof HTMLElement)) throw new Error(`The page has no ${selector}.`);
  return found;
}

/**
 * Shows an error (an `ApiError` with its code and bad fields, or anything else) in an alert box.
 * @param {HTMLElement} box an element with `role="alert"`
 * @param {unknown} error
 */
export function showError(box, error) {
  const message = error instanceof Error ? error.message : String(error);
  const code = /** @type {{ code?: unknown }} */ (error)?.code;
  const issues = /** @type {{ issues?: { path: string, message: string }[] }} */ (error)?.issues ?? [];
  box.replaceChildren(el('strong', {}, message));
  if (typeof code === 'string') box.append(' ', el('code', {}, code));
  if (issues.length > 0) {
    box.append(
      el('ul', {}, ...issues.map((issue) => el('li', {}, issue.path ? `${issue.path}: ` : '', issue.message))),
    );
  }
}

/**
 * Empties an alert box.
 * @param {HTMLElement} box
 */
export function clearError(box) {
  box.replaceChildren();
}
