import { afterEach, describe, expect, it } from '@jest/globals';
import type { CloudEvent as GliaEvent } from '@glia/core';
import { CloudEvent, HTTP } from 'cloudevents';
import { HttpCloudEventPublisher, nodeCloudEventsHandler } from '../src/index.js';
import { OrderConfirmedV2, billing, orderConfirmed } from './support/fixtures.js';
import { recordingSink, startServer, type LocalServer } from './support/local-server.js';

let server: LocalServer | undefined;
afterEach(async () => server?.close());

describe('the official CloudEvents SDK and Glia over HTTP', () => {
  it.each([
    ['binary', HTTP.binary],
    ['structured', HTTP.structured],
  ] as const)('Glia accepts what the SDK emits in %s mode', async (_mode, emit) => {
    const { receiver, billed, events } = billing();
    server = await startServer(nodeCloudEventsHandler(receiver));
    const event = new CloudEvent({
      type: OrderConfirmedV2.type,
      source: OrderConfirmedV2.source,
      subject: 'order 9',
      datacontenttype: 'application/json',
      correlationid: 'corr-9',
      data: { orderId: 'order-9', total: { amount: '19.90', currency: 'EUR' } },
    });
    const message = emit(event);
    const response = await fetch(server.url, {
      method: 'POST',
      headers: message.headers as Record<string, string>,
      body: message.body as string,
    });
    expect(response.status).toBe(202);
    expect(billed).toEqual(['order-9: 19.90 EUR']);
    expect(events[0]).toMatchObject({ id: event.id, subject: 'order 9', correlationid: 'corr-9', time: event.time });
  });

  it.each(['structured', 'binary'] as const)('the SDK reads back what Glia publishes in %s mode', async (mode) => {
    const sink = recordingSink();
    server = await startServer(sink.listener);
    const publisher = new HttpCloudEventPublisher({ url: server.url, mode });
    const sent: GliaEvent[] = [
      orderConfirmed(1, { correlationid: 'corr-1' }),
      orderConfirmed(2, { subject: 'order 7/ü "x"' }),
    ];
    expect((await publisher.publish(sent)).map((r) => r.outcome)).toEqual(['confirmed', 'confirmed']);
    const read = sink.requests.map(({ headers, body }) => {
      const event = HTTP.toEvent({ headers, body });
      return JSON.parse(JSON.stringify(Array.isArray(event) ? event[0] : event)) as GliaEvent;
    });
    console.log(`SDK interop (${mode}): published ${sent.length}, read back by the SDK ${read.length}`);
    if (mode === 'binary') {
      // HTTP binding 1.0.2 §3.1.3.2: Glia percent-encodes header values; SDK 10 hands them back still encoded.
      expect(read[1]?.subject).toBe('order%207/%C3%BC%20%22x%22');
      read[1] = { ...read[1]!, subject: decodeURIComponent(read[1]!.subject!) };
    }
    expect(read).toEqual(sent);
  });
});
