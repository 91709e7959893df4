import { afterEach, describe, expect, it } from '@jest/globals';
import { encodeBatch, encodeBinary, encodeStructured, STRUCTURED_CONTENT_TYPE, BATCH_CONTENT_TYPE } from '@glia/core';
import { nodeCloudEventsHandler, type CloudEventsHttpBody } from '../src/index.js';
import { OrderConfirmedV1, billing, orderConfirmed } from './support/fixtures.js';
import { startServer, type LocalServer } from './support/local-server.js';

let server: LocalServer | undefined;
afterEach(async () => server?.close());

async function serve(options: Parameters<typeof billing>[0] = {}) {
  const { receiver, billed } = billing(options);
  server = await startServer(nodeCloudEventsHandler(receiver));
  const post = async (headers: Record<string, string>, body: Uint8Array | string, method = 'POST') => {
    const response = await fetch(server!.url, { method, headers, ...(method === 'POST' ? { body } : {}) });
    return { status: response.status, headers: response.headers, body: (await response.json()) as CloudEventsHttpBody };
  };
  return { billed, post };
}

const structured = { 'content-type': STRUCTURED_CONTENT_TYPE };
const batch = { 'content-type': BATCH_CONTENT_TYPE };
const binaryHeaders = encodeBinary(orderConfirmed(5), 'http').headers;

describe('receiving CloudEvents over node:http', () => {
  it('accepts a structured-mode event with 202 and hands it to its handler', async () => {
    const { billed, post } = await serve();
    const answer = await post(structured, encodeStructured(orderConfirmed(1)));
    expect(answer.status).toBe(202);
    expect(answer.body).toEqual({ results: [{ index: 0, id: orderConfirmed(1).id, outcome: 'handled' }] });
    expect(billed).toEqual(['order-1: 12.50 EUR']);
  });

  it('accepts a binary-mode event from ce- headers and a JSON body', async () => {
    const { billed, post } = await serve();
    const { headers, body } = encodeBinary(orderConfirmed(2, { subject: 'order 2 "große"' }), 'http');
    const answer = await post(headers, body);
    expect(answer.status).toBe(202);
    expect(billed).toEqual(['order-2: 12.50 EUR']);
  });

  it('accepts a batch, handling its events in order', async () => {
    const { billed, post } = await serve();
    const answer = await post(batch, encodeBatch([orderConfirmed(1), orderConfirmed(2), orderConfirmed(3)]));
    expect(answer.status).toBe(202);
    expect(answer.body.results?.map((r) => r.outcome)).toEqual(['handled', 'handled', 'handled']);
    expect(billed).toEqual(['order-1: 12.50 EUR', 'order-2: 12.50 EUR', 'order-3: 12.50 EUR']);
  });

  it('accepts an empty batch', async () => {
    const { post } = await serve();
    expect(await post(batch, '[]')).toMatchObject({ status: 202, body: { results: [] } });
  });

  it('upcasts an older version before its handler sees it', async () => {
    const { billed, post } = await serve();
    const v1 = orderConfirmed(4, { type: OrderConfirmedV1.type, data: { orderId: 'order-4', total: '9.90' } });
    expect((await post(structured, encodeStructured(v1))).status).toBe(202);
    expect(billed).toEqual(['order-4: 9.90 EUR']);
  });

  it.each([
    ['not-json', 'a structured body that is not JSON', structured, '{"specversion":'],
    ['not-a-cloudevent', 'JSON that is no CloudEvent', structured, JSON.stringify({ hello: 'world' })],
    ['not-a-cloudevent', 'specversion 0.3', structured, JSON.stringify({ ...orderConfirmed(5), specversion: '0.3' })],
    [
      'not-a-cloudevent',
      'a time that is not RFC 3339',
      structured,
      JSON.stringify({ ...orderConfirmed(5), time: 'then' }),
    ],
    [
      'not-a-cloudevent',
      'binary mode without ce-specversion',
      { 'ce-id': 'x', 'content-type': 'application/json' },
      '{}',
    ],
    ['not-a-cloudevent', 'a malformed percent-encoded header', { ...binaryHeaders, 'ce-subject': '%zz' }, '{}'],
    ['not-json', 'binary JSON data that is not JSON', binaryHeaders, '{'],
    [
      'unknown-type',
      'a type nobody handles',
      structured,
      JSON.stringify({ ...orderConfirmed(5), type: 'com.x.lost.v1' }),
    ],
    [
      'invalid-data',
      'data that breaks the schema',
      structured,
      JSON.stringify({ ...orderConfirmed(5), data: { orderId: 5 } }),
    ],
    ['not-a-cloudevent', 'a batch that is not an array', batch, JSON.stringify(orderConfirmed(5))],
    ['not-json', 'a batch that is not JSON', batch, '[{'],
  ])('answers 400 with the reason %s for %s', async (reason, _label, headers, body) => {
    const { billed, post } = await serve();
    const answer = await post(headers, body);
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatchObject({ code: 'GLIA.INTEGRATION_EVENT_REJECTED', reason });
    expect(answer.body.error?.message).toEqual(expect.any(String));
    expect(billed).toEqual([]);
  });

  it('answers a batch with one bad event 400, handles the good ones and gives the reason per event', async () => {
    const { billed, post } = await serve();
    const bad = { ...orderConfirmed(2), data: { orderId: 'order-2', total: 12.5 } };
    const body = JSON.stringify([orderConfirmed(1), bad, { id: 'no-specversion' }, orderConfirmed(3)]);
    const answer = await post(batch, body);
    expect(answer.status).toBe(400);
    expect(answer.body.results?.map((r) => [r.outcome, r.error?.reason])).toEqual([
      ['handled', undefined],
      ['rejected', 'invalid-data'],
      ['rejected', 'not-a-cloudevent'],
      ['handled', undefined],
    ]);
    expect(answer.body.error?.message).toMatch(/^2 of 4 events rejected/);
    expect(billed).toEqual(['order-1: 12.50 EUR', 'order-3: 12.50 EUR']);
    // Sent again: the good ones are duplicates now, the bad ones still rejected.
    const again = await post(batch, body);
    expect(again.body.results?.map((r) => r.outcome)).toEqual(['duplicate', 'rejected', 'rejected', 'duplicate']);
    expect(billed).toHaveLength(2);
  });

  it('accepts duplicates with 202 but has one effect, whatever the mode', async () => {
    const { billed, post } = await serve();
    const event = orderConfirmed(7);
    const binary = encodeBinary(event, 'http');
    const answers = [
      await post(structured, encodeStructured(event)),
      await post(binary.headers, binary.body),
      await post(batch, encodeBatch([event, event])),
    ];
    console.log(`duplicates: ${answers.length} requests, 4 deliveries, handled ${billed.length}`);
    expect(answers.map((a) => a.status)).toEqual([202, 202, 202]);
    expect(answers.flatMap((a) => a.body.results?.map((r) => r.outcome))).toEqual([
      'handled',
      'duplicate',
      'duplicate',
      'duplicate',
    ]);
    expect(billed).toEqual(['order-7: 12.50 EUR']);
  });

  it('answers 500 when a handler fails, skips what follows in the batch, and accepts the retry', async () => {
    const failing = new Set(['order-2']);
    const { billed, post } = await serve({ failing });
    const body = encodeBatch([orderConfirmed(1), orderConfirmed(2), orderConfirmed(3)]);
    const answer = await post(batch, body);
    expect(answer.status).toBe(500);
    expect(answer.body.results?.map((r) => r.outcome)).toEqual(['handled', 'failed', 'skipped']);
    expect(answer.body.error?.message).not.toContain('ledger');
    expect(billed).toEqual(['order-1: 12.50 EUR']);
    failing.clear();
    const retry = await post(batch, body);
    expect(retry.status).toBe(202);
    expect(retry.body.results?.map((r) => r.outcome)).toEqual(['duplicate', 'handled', 'handled']);
    expect(billed).toEqual(['order-1: 12.50 EUR', 'order-2: 12.50 EUR', 'order-3: 12.50 EUR']);
  });

  it.each([
    ['text/plain', { 'content-type': 'text/plain' }],
    ['another event format', { 'content-type': 'application/cloudevents+avro' }],
    ['JSON without ce- headers', { 'content-type': 'application/json' }],
  ])('answers 415 for %s', async (_name, headers) => {
    const { post } = await serve();
    const answer = await post(headers, encodeStructured(orderConfirmed(1)));
    expect(answer.status).toBe(415);
    expect(answer.body.error?.code).toBe('GLIA.UNSUPPORTED_CONTENT_TYPE');
    expect(answer.headers.get('accept-post')).toContain('application/cloudevents+json');
  });

  it('answers 413 above the size limit, without handling anything', async () => {
    const { billed, post } = await serve({ maxBodyBytes: 1024 });
    const big = orderConfirmed(1, { bulk: 'x'.repeat(2000) });
    const answer = await post(structured, encodeStructured(big));
    expect(answer.status).toBe(413);
    expect(answer.body.error?.code).toBe('GLIA.PAYLOAD_TOO_LARGE');
    expect(billed).toEqual([]);
  });

  it('answers 405 to anything but POST', async () => {
    const { post } = await serve();
    const answer = await post({}, '', 'GET');
    expect(answer.status).toBe(405);
    expect(answer.headers.get('allow')).toBe('POST');
  });
});
