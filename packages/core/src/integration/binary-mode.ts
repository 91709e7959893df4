import type { CloudEvent } from './cloud-event.js';
import { IntegrationEventRejectedError } from './integration-event-rejected.error.js';
import { parseCloudEvent } from './parse-cloud-event.js';
import { parseJson } from './parse-json.js';

/** A protocol binding: where binary mode puts the attributes. */
export type CloudEventBinding = 'amqp' | 'http';

/** A binary-mode message: attributes as headers, `datacontenttype` as the content type, data as the body. */
export type BinaryMessage = {
  /** One header per attribute except `datacontenttype`, prefixed per binding. */
  readonly headers: Readonly<Record<string, string>>;
  /** The `datacontenttype` (AMQP content-type property; for HTTP also in `headers['content-type']`). */
  readonly contentType?: string;
  /** The data, encoded as its content type says. */
  readonly body: Uint8Array;
};

// AMQP 1.0 binding: `cloudEvents:` application properties; HTTP binding: `ce-` headers.
const PREFIX: Record<CloudEventBinding, string> = { amqp: 'cloudEvents:', http: 'ce-' };

/** Encodes an event in binary content mode for the AMQP or HTTP binding. */
export function encodeBinary(event: CloudEvent, binding: CloudEventBinding): BinaryMessage {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(event)) {
    if (name === 'data' || name === 'datacontenttype' || value === undefined) continue;
    const text = String(value);
    headers[`${PREFIX[binding]}${name}`] = binding === 'http' ? percentEncode(text) : text;
  }
  const contentType = event.datacontenttype;
  if (binding === 'http' && contentType !== undefined) headers['content-type'] = contentType;
  return { headers, ...(contentType === undefined ? {} : { contentType }), body: encodeData(event.data, contentType) };
}

/** Decodes a binary-mode message; header names are matched case-insensitively. */
export function decodeBinary(
  message: {
    readonly headers: Readonly<Record<string, unknown>>;
    readonly contentType?: string | undefined;
    readonly body: Uint8Array;
  },
  binding: CloudEventBinding,
): CloudEvent {
  const prefixes = binding === 'amqp' ? ['cloudevents:', 'cloudevents_'] : ['ce-'];
  const attributes: Record<string, unknown> = {};
  for (const [header, raw] of Object.entries(message.headers)) {
    const prefix = prefixes.find((p) => header.toLowerCase().startsWith(p));
    if (prefix === undefined || raw === undefined || raw === null) continue;
    const value = raw instanceof Date ? raw.toISOString() : String(raw as string);
    const name = header.slice(prefix.length).toLowerCase();
    attributes[name] = binding === 'http' ? percentDecode(name, value) : value;
  }
  const contentType = message.contentType ?? (message.headers['content-type'] as string | undefined);
  if (contentType !== undefined) attributes['datacontenttype'] = contentType;
  if (message.body.length > 0) attributes['data'] = decodeData(message.body, contentType);
  return parseCloudEvent(attributes);
}

/** True if a JSON media type (`application/json`, `…+json`, with parameters). */
export function isJsonContentType(contentType: string | undefined): boolean {
  const media = contentType?.split(';')[0]?.trim().toLowerCase();
  return media === undefined || media === 'application/json' || media.endsWith('+json') || media === 'text/json';
}

function encodeData(data: unknown, contentType: string | undefined): Uint8Array {
  if (data === undefined) return new Uint8Array();
  if (data instanceof Uint8Array) return data;
  if (typeof data === 'string' && !isJsonContentType(contentType)) return Buffer.from(data, 'utf8');
  return Buffer.from(JSON.stringify(data), 'utf8');
}

function decodeData(body: Uint8Array, contentType: string | undefined): unknown {
  if (isJsonContentType(contentType)) return parseJson(body, 'The data');
  return contentType?.toLowerCase().startsWith('text/') ? Buffer.from(body).toString('utf8') : new Uint8Array(body);
}

// HTTP binding 3.1.3.2: percent-encode space, '"', '%' and anything outside printable ASCII.
function percentEncode(text: string): string {
  return text.replace(/[^\x21\x23-\x24\x26-\x7e]/gu, (c) => encodeURIComponent(c));
}

// A malformed escape (`%zz`) is poison like any other bad attribute, not a crash of the receiver.
function percentDecode(name: string, value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    throw new IntegrationEventRejectedError(
      'not-a-cloudevent',
      `Not a CloudEvent 1.0: header 'ce-${name}' is not valid percent-encoding.`,
      {
        problem: `ce-${name} is not valid percent-encoding`,
      },
    );
  }
}
