import {
  IntegrationEventRejectedError,
  decodeBatch,
  decodeBinary,
  decodeStructured,
  type CloudEvent,
} from '@glia/core';
import { normalizeHeaders, type CloudEventsHttpRequest } from './cloud-events-http-request.js';
import { httpContentModeOf, type HttpContentMode } from './http-content-mode.js';

/** The events of one request, in order: each decoded, or the rejection that says why it could not be. */
export type HttpCloudEvents = {
  /** The content mode the request was in. */
  readonly mode: HttpContentMode;
  /** One entry per event (a batch may hold none). */
  readonly entries: ReadonlyArray<CloudEvent | IntegrationEventRejectedError>;
};

/**
 * Reads the CloudEvents of an HTTP request with the core codecs. Throws an
 * `UnsupportedContentTypeError` for a request in no CloudEvents mode, and an
 * `IntegrationEventRejectedError` for a batch that is not a JSON array.
 */
export function readHttpCloudEvents(request: CloudEventsHttpRequest): HttpCloudEvents {
  const headers = normalizeHeaders(request.headers);
  const mode = httpContentModeOf(headers);
  const body = bytesOf(request.body);
  if (mode === 'batch') return { mode, entries: decodeBatch(body) };
  try {
    const event = mode === 'structured' ? decodeStructured(body) : decodeBinary({ headers, body }, 'http');
    return { mode, entries: [event] };
  } catch (error) {
    if (IntegrationEventRejectedError.is(error)) return { mode, entries: [error] };
    throw error;
  }
}

/** The body as bytes; a string is UTF-8. */
export function bytesOf(body: Uint8Array | string | undefined): Uint8Array {
  if (body === undefined) return new Uint8Array();
  return typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
}
