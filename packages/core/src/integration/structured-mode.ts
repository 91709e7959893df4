import { CLOUDEVENTS_JSON, type CloudEvent } from './cloud-event.js';
import { parseCloudEvent } from './parse-cloud-event.js';
import { parseJson } from './parse-json.js';

/** The content type of structured-mode messages, with its charset. */
export const STRUCTURED_CONTENT_TYPE = `${CLOUDEVENTS_JSON}; charset=utf-8`;

/** True if a content type announces a structured-mode CloudEvent (any event format). */
export function isStructuredContentType(contentType: string | undefined): boolean {
  return contentType?.trim().toLowerCase().startsWith('application/cloudevents') ?? false;
}

/** Encodes an event in the JSON event format (binary data goes to `data_base64`). */
export function encodeStructured(event: CloudEvent): Uint8Array {
  return Buffer.from(JSON.stringify(toJsonFormat(event)), 'utf8');
}

/** The JSON event format of one event as a plain object (binary data as `data_base64`), e.g. for a batch. */
export function toJsonFormat(event: CloudEvent): Record<string, unknown> {
  const { data, ...attributes } = event;
  return data instanceof Uint8Array
    ? { ...attributes, data_base64: Buffer.from(data).toString('base64') }
    : { ...attributes, ...(data === undefined ? {} : { data }) };
}

/** Decodes a JSON-format event; rejects non-JSON (`not-json`) and non-CloudEvents (`not-a-cloudevent`). */
export function decodeStructured(body: Uint8Array | string): CloudEvent {
  return fromJsonFormat(parseJson(body, 'The message body'));
}

/** Reads one already-parsed JSON-format event (e.g. an element of a batch); rejects a non-CloudEvent. */
export function fromJsonFormat(parsed: unknown): CloudEvent {
  const event = parseCloudEvent(parsed);
  const base64 = event['data_base64'];
  if (typeof base64 !== 'string') return event;
  const { data_base64: _encoded, ...rest } = event;
  return { ...rest, data: new Uint8Array(Buffer.from(base64, 'base64')) } as CloudEvent;
}
