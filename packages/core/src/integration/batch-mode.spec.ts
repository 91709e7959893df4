import { describe, expect, it } from '@jest/globals';
import {
  IntegrationEventRejectedError,
  decodeBatch,
  encodeBatch,
  isBatchContentType,
  type CloudEvent,
} from '../index.js';

const event = (n: number): CloudEvent => ({
  specversion: '1.0',
  id: `id-${n}`,
  source: '/mario-pizzeria/orders',
  type: 'com.mariopizzeria.order.confirmed.v1',
  datacontenttype: 'application/json',
  data: { n },
});

describe('JSON batch format', () => {
  it('round-trips events, binary data as data_base64', () => {
    const bytes: CloudEvent = {
      ...event(2),
      datacontenttype: 'application/octet-stream',
      data: new Uint8Array([1, 255]),
    };
    expect(JSON.parse(Buffer.from(encodeBatch([bytes])).toString())[0]).toHaveProperty('data_base64', 'Af8=');
    expect(decodeBatch(encodeBatch([event(1), bytes]))).toEqual([event(1), bytes]);
  });

  it('decodes each element on its own: a bad one yields its rejection in its place', () => {
    const [good, bad] = decodeBatch(JSON.stringify([event(1), { id: 'x' }]));
    expect(good).toEqual(event(1));
    expect(IntegrationEventRejectedError.is(bad) && bad.reason).toBe('not-a-cloudevent');
  });

  it('rejects a body that is not JSON or not an array', () => {
    expect(() => decodeBatch('[')).toThrow(expect.objectContaining({ reason: 'not-json' }));
    expect(() => decodeBatch(JSON.stringify(event(1)))).toThrow(
      expect.objectContaining({ reason: 'not-a-cloudevent' }),
    );
  });

  it('recognises its media type with parameters and in any case', () => {
    expect(isBatchContentType('Application/CloudEvents-Batch+JSON; charset=utf-8')).toBe(true);
    expect(isBatchContentType('application/cloudevents+json')).toBe(false);
    expect(isBatchContentType(undefined)).toBe(false);
  });
});
