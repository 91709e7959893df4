import { afterEach, describe, expect, it } from '@jest/globals';
import { encodeBinary, encodeStructured, STRUCTURED_CONTENT_TYPE } from '@glia/core';
import Fastify, { type FastifyInstance } from 'fastify';
import { fastifyCloudEvents } from '../src/index.js';
import { billing, orderConfirmed } from './support/fixtures.js';

let app: FastifyInstance | undefined;
afterEach(async () => app?.close());

async function serve() {
  const { receiver, billed } = billing({ maxBodyBytes: 1024 });
  app = Fastify();
  await app.register(fastifyCloudEvents, { receiver, prefix: '/events' });
  // The rest of the app keeps fastify's own JSON parser: the plugin is encapsulated.
  app.post('/echo', async (request) => request.body);
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  const post = async (path: string, headers: Record<string, string>, body: Uint8Array | string) => {
    const response = await fetch(`${base}${path}`, { method: 'POST', headers, body });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  return { billed, post };
}

describe('receiving CloudEvents with the fastify plugin', () => {
  it('accepts structured and binary events with 202', async () => {
    const { billed, post } = await serve();
    const structured = await post(
      '/events',
      { 'content-type': STRUCTURED_CONTENT_TYPE },
      encodeStructured(orderConfirmed(1)),
    );
    const { headers, body } = encodeBinary(orderConfirmed(2), 'http');
    const binary = await post('/events', headers, body);
    expect([structured.status, binary.status]).toEqual([202, 202]);
    expect(billed).toEqual(['order-1: 12.50 EUR', 'order-2: 12.50 EUR']);
  });

  it('answers 400 with the reason, 415 for a foreign content type and 413 above the limit', async () => {
    const { billed, post } = await serve();
    const invalid = { ...orderConfirmed(3), data: { orderId: 3 } };
    const bad = await post('/events', { 'content-type': STRUCTURED_CONTENT_TYPE }, JSON.stringify(invalid));
    const foreign = await post('/events', { 'content-type': 'text/plain' }, 'hello');
    const big = encodeStructured(orderConfirmed(4, { bulk: 'x'.repeat(2000) }));
    const tooLarge = await post('/events', { 'content-type': STRUCTURED_CONTENT_TYPE }, big);
    expect(bad).toMatchObject({ status: 400, body: { error: { reason: 'invalid-data' } } });
    expect(foreign).toMatchObject({ status: 415, body: { error: { code: 'GLIA.UNSUPPORTED_CONTENT_TYPE' } } });
    expect(tooLarge).toMatchObject({ status: 413, body: { error: { code: 'GLIA.PAYLOAD_TOO_LARGE' } } });
    expect(billed).toEqual([]);
  });

  it('leaves the parsers of the rest of the app alone', async () => {
    const { post } = await serve();
    expect(await post('/echo', { 'content-type': 'application/json' }, '{"a":1}')).toEqual({
      status: 200,
      body: { a: 1 },
    });
  });
});
