import { afterEach, describe, expect, it } from '@jest/globals';
import { HttpCloudEventPublisher, nodeCloudEventsHandler, type HttpPublishRetry } from '../src/index.js';
import { billing, orderConfirmed } from './support/fixtures.js';
import { recordingSink, startServer, type LocalServer } from './support/local-server.js';

let server: LocalServer | undefined;
let publisher: HttpCloudEventPublisher | undefined;
afterEach(async () => {
  publisher?.close();
  await server?.close();
});

const fast = { initialDelayMs: 5, maxDelayMs: 2_000 };

describe('publishing CloudEvents to an HTTP sink', () => {
  it.each(['structured', 'binary'] as const)('delivers %s events to a Glia receiver', async (mode) => {
    const { receiver, billed } = billing();
    server = await startServer(nodeCloudEventsHandler(receiver));
    publisher = new HttpCloudEventPublisher({ url: server.url, mode });
    const results = await publisher.publish([orderConfirmed(1), orderConfirmed(2, { subject: 'order 2 "große"' })]);
    expect(results.map((r) => r.outcome)).toEqual(['confirmed', 'confirmed']);
    expect(billed).toEqual(['order-1: 12.50 EUR', 'order-2: 12.50 EUR']);
  });

  it('retries a 503 with backoff until the sink accepts', async () => {
    const sink = recordingSink((n) => ({ status: n <= 2 ? 503 : 202 }));
    server = await startServer(sink.listener);
    const retries: HttpPublishRetry[] = [];
    publisher = new HttpCloudEventPublisher({ url: server.url, ...fast, onRetry: (r) => retries.push(r) });
    const [result] = await publisher.publish([orderConfirmed(1)]);
    console.log(`503 twice: requests ${sink.requests.length}, retries ${retries.length}, outcome ${result?.outcome}`);
    expect(result).toEqual({ id: orderConfirmed(1).id, outcome: 'confirmed' });
    expect(sink.requests).toHaveLength(3);
    expect(retries.map((r) => [r.attempt, r.reason])).toEqual([
      [1, 'HTTP 503'],
      [2, 'HTTP 503'],
    ]);
  });

  it('honours Retry-After on a 429', async () => {
    const sink = recordingSink((n) => (n === 1 ? { status: 429, headers: { 'retry-after': '1' } } : { status: 200 }));
    server = await startServer(sink.listener);
    const retries: HttpPublishRetry[] = [];
    publisher = new HttpCloudEventPublisher({ url: server.url, ...fast, onRetry: (r) => retries.push(r) });
    const [result] = await publisher.publish([orderConfirmed(1)]);
    expect(result?.outcome).toBe('confirmed');
    expect(retries.map((r) => r.delayMs)).toEqual([1_000]);
  });

  it('does not retry a 4xx rejection, reports it, and goes on with the next event', async () => {
    const sink = recordingSink((n) => ({ status: n === 1 ? 400 : 202 }));
    server = await startServer(sink.listener);
    const rejected: string[] = [];
    publisher = new HttpCloudEventPublisher({ url: server.url, ...fast, onRejected: (e) => rejected.push(e.id) });
    const results = await publisher.publish([orderConfirmed(1), orderConfirmed(2)]);
    expect(results.map((r) => r.outcome)).toEqual(['rejected', 'confirmed']);
    expect(results[0]?.reason).toMatch(/^rejected by the sink: HTTP 400/);
    expect(rejected).toEqual([orderConfirmed(1).id]);
    expect(sink.requests).toHaveLength(2);
    expect(publisher.stats).toMatchObject({ requests: 2, retries: 0, rejected: 1, confirmed: 1 });
  });

  it('takes a 404 for a misconfigured sink: failed, not retried, and nothing sent after it', async () => {
    const sink = recordingSink(() => ({ status: 404 }));
    server = await startServer(sink.listener);
    publisher = new HttpCloudEventPublisher({ url: server.url, ...fast });
    const results = await publisher.publish([orderConfirmed(1), orderConfirmed(2)]);
    expect(results.map((r) => r.outcome)).toEqual(['failed', 'failed']);
    expect(results[0]?.reason).toMatch(/^the sink refused every request: HTTP 404/);
    expect(results[1]?.reason).toMatch(/^not sent after an earlier failure/);
    expect(sink.requests).toHaveLength(1);
  });

  it('gives up after maxAttempts when the sink never answers, and sends nothing after it', async () => {
    const hung: Array<() => void> = [];
    server = await startServer((_request, response) => hung.push(() => response.end()));
    publisher = new HttpCloudEventPublisher({ url: server.url, ...fast, timeoutMs: 100, maxAttempts: 2 });
    const results = await publisher.publish([orderConfirmed(1), orderConfirmed(2)]);
    hung.forEach((end) => end());
    expect(results.map((r) => r.outcome)).toEqual(['failed', 'failed']);
    expect(results[0]?.reason).toBe('no answer within 100 ms (2 tries)');
    expect(results[1]?.reason).toMatch(/^not sent after an earlier failure/);
    expect(hung).toHaveLength(2);
  });
});
