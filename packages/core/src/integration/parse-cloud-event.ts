import { CLOUDEVENT_CONTEXT_ATTRIBUTES, CLOUDEVENTS_SPEC_VERSION, type CloudEvent } from './cloud-event.js';
import { IntegrationEventRejectedError } from './integration-event-rejected.error.js';

const EXTENSION_NAME = /^[a-z0-9]{1,20}$/;
const REQUIRED = ['id', 'source', 'type'] as const;
const OPTIONAL_STRINGS = ['subject', 'datacontenttype', 'dataschema'] as const;

/**
 * Checks that `value` is a CloudEvent 1.0 (required attributes, attribute types, RFC 3339 `time`,
 * extension names) and returns it typed; throws a `not-a-cloudevent` rejection naming the problem.
 */
export function parseCloudEvent(value: unknown): CloudEvent {
  const fail = (problem: string): never => {
    throw new IntegrationEventRejectedError('not-a-cloudevent', `Not a CloudEvent 1.0: ${problem}.`, { problem });
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('not an object');
  const event = value as Record<string, unknown>;
  if (event['specversion'] !== CLOUDEVENTS_SPEC_VERSION) return fail(`specversion is ${String(event['specversion'])}`);
  for (const name of REQUIRED) {
    if (typeof event[name] !== 'string' || event[name] === '') fail(`'${name}' must be a non-empty string`);
  }
  for (const name of OPTIONAL_STRINGS) {
    if (event[name] !== undefined && typeof event[name] !== 'string') fail(`'${name}' must be a string`);
  }
  const time = event['time'];
  if (time !== undefined && (typeof time !== 'string' || !isRfc3339(time))) fail(`'time' is not an RFC 3339 timestamp`);
  for (const [name, attribute] of Object.entries(event)) {
    if (CLOUDEVENT_CONTEXT_ATTRIBUTES.has(name) || name === 'data' || name === 'data_base64') continue;
    if (!EXTENSION_NAME.test(name)) fail(`extension name '${name}' is not lower-case a-z/0-9`);
    if (!['string', 'number', 'boolean'].includes(typeof attribute)) fail(`extension '${name}' has a non-scalar value`);
  }
  return event as CloudEvent;
}

function isRfc3339(text: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.test(text) && !Number.isNaN(Date.parse(text))
  );
}
