import { IntegrationEventRejectedError, errorTypeOf } from '@glia/core';
import type { CloudEventsHttpError, CloudEventsHttpResponse } from '../cloud-events-http-response.js';
import { PayloadTooLargeError } from '../payload-too-large.error.js';
import { UnsupportedContentTypeError } from '../unsupported-content-type.error.js';

// RFC 9110 §15.5.16: a 415 may say what is accepted; `Accept-Post` is the header for POST bodies.
const ACCEPT_POST = 'application/cloudevents+json, application/cloudevents-batch+json, */*';

/** The JSON form of a known error; a handler's own message stays in the logs, not in the answer. */
export function errorBody(error: unknown): CloudEventsHttpError {
  if (IntegrationEventRejectedError.is(error))
    return { code: error.code, reason: error.reason, message: error.message };
  if (UnsupportedContentTypeError.is(error) || PayloadTooLargeError.is(error))
    return { code: error.code, message: error.message };
  return { code: errorTypeOf(error), message: 'The handler failed; send the event again later.' };
}

/** 413, before anything is read. */
export function tooLarge(limitBytes: number): CloudEventsHttpResponse {
  return {
    status: 413,
    headers: { connection: 'close' },
    body: { error: errorBody(new PayloadTooLargeError(limitBytes)) },
  };
}

/** 415, with the media types that are accepted. */
export function unsupported(error: UnsupportedContentTypeError): CloudEventsHttpResponse {
  return { status: 415, headers: { 'accept-post': ACCEPT_POST }, body: { error: errorBody(error) } };
}
