import { STRUCTURED_CONTENT_TYPE, encodeBinary, encodeStructured, type CloudEvent } from '@glia/core';

/** How events are put on the wire: structured (the default) or binary content mode. */
export type HttpPublishMode = 'structured' | 'binary';

/** The headers and body of one HTTP request carrying one event. */
export type HttpCloudEventRequest = {
  /** `content-type`, and in binary mode one `ce-` header per attribute. */
  readonly headers: Readonly<Record<string, string>>;
  /** The JSON event (structured) or the data (binary). */
  readonly body: Uint8Array;
};

/**
 * Encodes an event per the CloudEvents HTTP binding with the core codecs: structured mode puts the
 * JSON event in the body with `application/cloudevents+json`; binary mode puts the attributes in
 * percent-encoded `ce-` headers and `datacontenttype` in `Content-Type`.
 */
export function toHttpRequest(event: CloudEvent, mode: HttpPublishMode = 'structured'): HttpCloudEventRequest {
  if (mode === 'structured') {
    return { headers: { 'content-type': STRUCTURED_CONTENT_TYPE }, body: encodeStructured(event) };
  }
  const { headers, body } = encodeBinary(event, 'http');
  return { headers, body };
}
