import type { CloudEvent } from './cloud-event.js';
import { IntegrationEventRejectedError } from './integration-event-rejected.error.js';
import { parseJson } from './parse-json.js';
import { fromJsonFormat, toJsonFormat } from './structured-mode.js';

/** Media type of the JSON batch format: an array of JSON-format events (HTTP batched content mode). */
export const CLOUDEVENTS_BATCH_JSON = 'application/cloudevents-batch+json';

/** The content type of batched-mode messages, with its charset. */
export const BATCH_CONTENT_TYPE = `${CLOUDEVENTS_BATCH_JSON}; charset=utf-8`;

/** True if a content type announces a batch in the JSON batch format. */
export function isBatchContentType(contentType: string | undefined): boolean {
  return contentType?.split(';')[0]?.trim().toLowerCase() === CLOUDEVENTS_BATCH_JSON;
}

/** Encodes events in the JSON batch format: one JSON array, each element in the JSON event format. */
export function encodeBatch(events: readonly CloudEvent[]): Uint8Array {
  return Buffer.from(JSON.stringify(events.map(toJsonFormat)), 'utf8');
}

/**
 * Decodes a JSON batch. A body that is not JSON (`not-json`) or not an array (`not-a-cloudevent`)
 * throws; otherwise each element is decoded on its own, and a bad one yields its rejection in its place,
 * so one poison event does not hide the good ones beside it.
 */
export function decodeBatch(body: Uint8Array | string): Array<CloudEvent | IntegrationEventRejectedError> {
  const parsed = parseJson(body, 'The batch');
  if (!Array.isArray(parsed)) {
    throw new IntegrationEventRejectedError('not-a-cloudevent', 'A CloudEvents batch must be a JSON array.', {
      problem: 'not an array',
    });
  }
  return parsed.map((element: unknown) => {
    try {
      return fromJsonFormat(element);
    } catch (error) {
      if (IntegrationEventRejectedError.is(error)) return error;
      throw error;
    }
  });
}
