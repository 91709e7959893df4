// @ts-check
// Talks to the pizzeria's HTTP API: JSON in, JSON out, and its `{code, message}` error bodies as errors.

/** @typedef {{ path: string, message: string }} FieldIssue */
/** @typedef {{ code: string, message: string, issues?: FieldIssue[], retryable?: boolean }} ErrorBody */

/** An answer other than 2xx, carrying the API's stable `code`, its message and any bad fields. */
export class ApiError extends Error {
  /**
   * @param {number} status the HTTP status (0 when the server could not be reached)
   * @param {ErrorBody} body the API's error body
   */
  constructor(status, body) {
    super(body.message);
    this.name = 'ApiError';
    /** @readonly */
    this.status = status;
    /** @readonly */
    this.code = body.code;
    /** @readonly @type {FieldIssue[]} */
    this.issues = body.issues ?? [];
  }
}

/**
 * Calls the API; resolves with the parsed JSON (undefined for 204), rejects with an `ApiError`.
 * @param {string} path e.g. `/api/menu`
 * @param {{ method?: string, body?: unknown, token?: string | undefined }} [options]
 * @returns {Promise<any>}
 */
export async function api(path, options = {}) {
  /** @type {Record<string, string>} */
  const headers = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.token !== undefined) headers['authorization'] = `Bearer ${options.token}`;
  let response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    });
  } catch {
    throw new ApiError(0, { code: 'HTTP.OFFLINE', message: 'The pizzeria cannot be reached. Is the server running?' });
  }
  if (response.status === 204) return undefined;
  const text = await response.text();
  let data;
  try {
    data = text === '' ? undefined : JSON.parse(text);
  } catch {
    data = undefined;
  }
  if (!response.ok) {
    const body = data && typeof data.code === 'string' ? data : undefined;
    throw new ApiError(response.status, body ?? { code: `HTTP.${response.status}`, message: response.statusText });
  }
  return data;
}

/**
 * Integer cents as euros, e.g. `€12.50`, formatted from integers like the server does.
 * @param {number} cents
 */
export function formatCents(cents) {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}€${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
