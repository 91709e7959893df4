import { CLOUDEVENTS_JSON, isBatchContentType, isStructuredContentType } from '@glia/core';
import { UnsupportedContentTypeError } from './unsupported-content-type.error.js';

/** The three content modes of the CloudEvents HTTP binding. */
export type HttpContentMode = 'structured' | 'binary' | 'batch';

/**
 * Which content mode a request is in (HTTP binding §3): a batch by its media type, structured by
 * `application/cloudevents+json`, binary by its `ce-*` headers. Any other event format (say
 * `application/cloudevents+avro`) or a request with neither is unsupported.
 */
export function httpContentModeOf(headers: Readonly<Record<string, string>>): HttpContentMode {
  const contentType = headers['content-type'];
  const media = contentType?.split(';')[0]?.trim().toLowerCase();
  if (isBatchContentType(contentType)) return 'batch';
  if (media === CLOUDEVENTS_JSON) return 'structured';
  if (isStructuredContentType(contentType)) throw new UnsupportedContentTypeError(contentType);
  if (Object.keys(headers).some((name) => name.startsWith('ce-'))) return 'binary';
  throw new UnsupportedContentTypeError(contentType);
}
