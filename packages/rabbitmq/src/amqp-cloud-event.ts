import {
  STRUCTURED_CONTENT_TYPE,
  decodeBinary,
  decodeStructured,
  encodeBinary,
  encodeStructured,
  isStructuredContentType,
  type CloudEvent,
} from '@glia/core';
import type { Message, Options } from 'amqplib';

/** How events are put on the wire: structured (the default) or binary content mode. */
export type ContentMode = 'structured' | 'binary';

/** An AMQP message ready to publish. */
export type AmqpMessage = { readonly content: Buffer; readonly options: Options.Publish };

/**
 * Encodes an event per the CloudEvents AMQP binding: structured mode puts the JSON event in the body
 * with `application/cloudevents+json`; binary mode puts attributes in `cloudEvents:` headers and
 * `datacontenttype` in the content-type. Both are persistent, mandatory, with the id as message-id.
 */
export function toAmqpMessage(event: CloudEvent, mode: ContentMode, priority?: number): AmqpMessage {
  const base: Options.Publish = {
    persistent: true,
    mandatory: true,
    messageId: event.id,
    type: event.type,
    ...(event.time === undefined ? {} : { timestamp: Math.floor(Date.parse(event.time) / 1000) }),
    ...(priority === undefined ? {} : { priority }),
  };
  if (mode === 'structured') {
    return {
      content: Buffer.from(encodeStructured(event)),
      options: { ...base, contentType: STRUCTURED_CONTENT_TYPE },
    };
  }
  const binary = encodeBinary(event, 'amqp');
  return {
    content: Buffer.from(binary.body),
    options: {
      ...base,
      headers: binary.headers,
      ...(binary.contentType === undefined ? {} : { contentType: binary.contentType }),
    },
  };
}

/** Decodes a received message in either mode; throws an `IntegrationEventRejectedError` for poison. */
export function fromAmqpMessage(message: Message): CloudEvent {
  const contentType = message.properties.contentType as string | undefined;
  if (isStructuredContentType(contentType)) return decodeStructured(message.content);
  const headers = (message.properties.headers ?? {}) as Record<string, unknown>;
  if (Object.keys(headers).some((name) => /^cloudevents[:_]/i.test(name))) {
    return decodeBinary({ headers, contentType, body: message.content }, 'amqp');
  }
  // Neither mode announced: a JSON event without its content type is still accepted.
  return decodeStructured(message.content);
}
