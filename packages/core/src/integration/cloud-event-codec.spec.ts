import { describe, expect, it } from '@jest/globals';
import {
  IntegrationEventRejectedError,
  STRUCTURED_CONTENT_TYPE,
  decodeBinary,
  decodeStructured,
  encodeBinary,
  encodeStructured,
  type CloudEvent,
} from '../index.js';

const event: CloudEvent = {
  specversion: '1.0',
  id: 'b1f0c0de-0000-5000-8000-000000000001',
  source: '/mario-pizzeria/orders',
  type: 'com.mariopizzeria.order.confirmed.v1',
  time: '2024-05-01T12:30:00.000Z',
  subject: 'order 1 "große"',
  datacontenttype: 'application/json',
  correlationid: 'corr-1',
  causationid: 'evt-1',
  data: { total: '12.50', at: '2024-05-01T12:30:00.000Z' },
};

function reasonOf(work: () => unknown): string | undefined {
  try {
    work();
  } catch (error) {
    return IntegrationEventRejectedError.is(error) ? error.reason : 'other';
  }
  return undefined;
}

describe('CloudEvents codec', () => {
  it('round-trips an event through structured mode', () => {
    expect(STRUCTURED_CONTENT_TYPE).toBe('application/cloudevents+json; charset=utf-8');
    expect(decodeStructured(encodeStructured(event))).toEqual(event);
  });

  it('round-trips an event through binary mode with the AMQP prefix and content-type', () => {
    const message = encodeBinary(event, 'amqp');
    expect(message.headers['cloudEvents:id']).toBe(event.id);
    expect(message.headers['cloudEvents:correlationid']).toBe('corr-1');
    expect(message.headers['cloudEvents:datacontenttype']).toBeUndefined();
    expect(message.contentType).toBe('application/json');
    expect(decodeBinary(message, 'amqp')).toEqual(event);
  });

  it('round-trips an event through binary mode with percent-encoded ce- headers for HTTP', () => {
    const message = encodeBinary(event, 'http');
    expect(message.headers['ce-subject']).toBe('order%201%20%22gro%C3%9Fe%22');
    expect(message.headers['content-type']).toBe('application/json');
    expect(decodeBinary(message, 'http')).toEqual(event);
  });

  it('carries binary data as data_base64 in structured mode', () => {
    const bytes: CloudEvent = {
      ...event,
      datacontenttype: 'application/octet-stream',
      data: new Uint8Array([0, 1, 255]),
    };
    expect(JSON.parse(Buffer.from(encodeStructured(bytes)).toString())).toHaveProperty('data_base64', 'AAH/');
    expect(decodeStructured(encodeStructured(bytes)).data).toEqual(new Uint8Array([0, 1, 255]));
  });

  it('rejects poison input with its reason', () => {
    expect(reasonOf(() => decodeStructured('not json'))).toBe('not-json');
    expect(reasonOf(() => decodeStructured('{"hello":1}'))).toBe('not-a-cloudevent');
    expect(reasonOf(() => decodeStructured(JSON.stringify({ ...event, specversion: '0.3' })))).toBe('not-a-cloudevent');
    expect(reasonOf(() => decodeStructured(JSON.stringify({ ...event, time: 'yesterday' })))).toBe('not-a-cloudevent');
    expect(reasonOf(() => decodeStructured(JSON.stringify({ ...event, CorrelationId: 'x' })))).toBe('not-a-cloudevent');
    expect(reasonOf(() => decodeBinary({ headers: {}, body: new Uint8Array() }, 'amqp'))).toBe('not-a-cloudevent');
    const broken = { ...encodeBinary(event, 'amqp'), body: Buffer.from('{') };
    expect(reasonOf(() => decodeBinary(broken, 'amqp'))).toBe('not-json');
  });
});
