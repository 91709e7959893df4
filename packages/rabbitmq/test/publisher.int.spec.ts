import { afterEach, beforeEach, expect, it } from '@jest/globals';
import { InMemoryOutbox, InMemoryTransaction, OutboxRelay, type CloudEvent, type PublishResult } from '@glia/core';
import { HTTP } from 'cloudevents';
import { RabbitMqPublisher } from '../src/index.js';
import { AMQP_URL, BrokerAdmin, describeBroker, eventually, uniqueName } from './support/broker.js';
import { PizzaBaked, cloudEvent } from './support/fixtures.js';
import { TcpProxy } from './support/tcp-proxy.js';

describeBroker('RabbitMqPublisher', () => {
  let exchange: string;
  let queue: string;
  let admin: BrokerAdmin;
  let publisher: RabbitMqPublisher | undefined;

  beforeEach(async () => {
    exchange = uniqueName('events');
    queue = uniqueName('tap');
    admin = await BrokerAdmin.open();
    await admin.channel.assertExchange(exchange, 'topic', { durable: true });
  });
  afterEach(async () => {
    await publisher?.close();
    publisher = undefined;
    await admin.cleanUp([queue], [exchange]);
  });

  const bindTap = async () => {
    await admin.channel.assertQueue(queue, { durable: true });
    await admin.channel.bindQueue(queue, exchange, '#');
  };

  it('keeps an event nobody is bound for pending, and reports it as returned', async () => {
    const returned: string[] = [];
    publisher = new RabbitMqPublisher({ url: AMQP_URL, exchange, onReturned: (e) => returned.push(e.id) });
    const outbox = new InMemoryOutbox();
    const tx = new InMemoryTransaction();
    const event = cloudEvent(PizzaBaked.type, { pizza: 'lonely' });
    await outbox.append(tx, { events: [], deliveries: [], messages: [event] });
    tx.commit();
    const report = await new OutboxRelay(outbox, publisher).relayOnce();
    console.log(
      `test 6: confirmed ${report.confirmed}, returned ${report.returned}, still pending ${(await outbox.pendingMessages(10)).length}`,
    );
    expect(report).toMatchObject({ confirmed: 0, returned: 1, failed: 0 });
    expect(returned).toEqual([event.id]);
    expect((await outbox.pendingMessages(10)).map((m) => m.id)).toEqual([event.id]);
  });

  it.each(['structured', 'binary'] as const)(
    'publishes %s events the official CloudEvents SDK reads back',
    async (mode) => {
      await bindTap();
      publisher = new RabbitMqPublisher({ url: AMQP_URL, exchange, mode });
      const sent = [
        cloudEvent(PizzaBaked.type, { pizza: 'margherita', price: '9.90', bakedAt: '2024-05-01T12:30:00.000Z' }),
        cloudEvent(PizzaBaked.type, { pizza: 'quattro "stagioni" — große' }, 'order 7/ü'),
      ];
      expect((await publisher.publish(sent)).map((r) => r.outcome)).toEqual(['confirmed', 'confirmed']);
      const read: CloudEvent[] = [];
      for (let i = 0; i < sent.length; i += 1) {
        const message = await admin.channel.get(queue, { noAck: true });
        if (message === false) throw new Error('missing message');
        // AMQP application properties map to the SDK's HTTP reader: `cloudEvents:x` is `ce-x`.
        const headers: Record<string, string> = { 'content-type': String(message.properties.contentType) };
        for (const [name, value] of Object.entries(message.properties.headers ?? {})) {
          if (name.startsWith('cloudEvents:')) headers[`ce-${name.slice('cloudEvents:'.length)}`] = String(value);
        }
        const event = HTTP.toEvent({ headers, body: message.content.toString('utf8') });
        const single = Array.isArray(event) ? event[0] : event;
        read.push(JSON.parse(JSON.stringify(single)) as CloudEvent);
      }
      console.log(`test 7 (${mode}): published ${sent.length}, read back by the SDK ${read.length}`);
      expect(read).toEqual(sent.map((e) => ({ ...e, time: new Date(e.time as string).toISOString() })));
    },
  );

  it('loses nothing when the connection is cut in the middle of publishing 5,000 events', async () => {
    await bindTap();
    const proxy = await TcpProxy.start('127.0.0.1', 5672);
    const url = AMQP_URL.replace(/@[^/]+/, `@127.0.0.1:${proxy.port}`);
    publisher = new RabbitMqPublisher({ url, exchange, reconnect: { initialDelayMs: 50, maxDelayMs: 500 } });
    await publisher.start();
    const events = Array.from({ length: 5_000 }, (_, i) =>
      cloudEvent(PizzaBaked.type, { pizza: `p-${i}` }, `oven-${i % 10}`),
    );
    const results: PublishResult[] = [];
    let cut = 0;
    for (let start = 0; start < events.length; start += 500) {
      const batch = publisher.publish(events.slice(start, start + 500));
      if (start === 2_000) {
        await new Promise((resolve) => setImmediate(resolve));
        cut = proxy.cut();
      }
      results.push(...(await batch));
    }
    await eventually(async () => (await admin.depth(queue)) >= events.length);
    const ids = new Set<string>();
    for (;;) {
      const message = await admin.channel.get(queue, { noAck: true });
      if (message === false) break;
      ids.add(String(message.properties.messageId));
    }
    await publisher.close();
    await proxy.close();
    const lost = events.filter((e) => !ids.has(e.id)).length;
    console.log(
      `test 2: published ${events.length}, sockets cut ${cut}, confirmed ${results.filter((r) => r.outcome === 'confirmed').length}, re-sent ${publisher.resent}, lost ${lost}`,
    );
    expect(cut).toBeGreaterThan(0);
    expect(results.every((r) => r.outcome === 'confirmed')).toBe(true);
    expect(lost).toBe(0);
  }, 60_000);

  it('gives the events of a call back failed when no connection comes up within connectTimeoutMs, and confirms once the broker is back', async () => {
    await bindTap();
    const proxy = await TcpProxy.start('127.0.0.1', 5672);
    const url = AMQP_URL.replace(/@[^/]+/, `@127.0.0.1:${proxy.port}`);
    proxy.down();
    publisher = new RabbitMqPublisher({
      url,
      exchange,
      connectTimeoutMs: 300,
      reconnect: { initialDelayMs: 20, maxDelayMs: 100 },
    });
    const first = [cloudEvent(PizzaBaked.type, { pizza: 'a' }), cloudEvent(PizzaBaked.type, { pizza: 'b' })];
    const whileDown = await publisher.publish(first);
    expect(whileDown).toEqual(
      first.map((e) => ({
        id: e.id,
        outcome: 'failed',
        reason: expect.stringContaining(`No connection to RabbitMQ at 127.0.0.1:${proxy.port} within 300 ms`),
      })),
    );
    expect(whileDown[0]?.reason).not.toContain('guest');

    proxy.up();
    const later = cloudEvent(PizzaBaked.type, { pizza: 'c' });
    expect(await publisher.publish([later])).toEqual([{ id: later.id, outcome: 'confirmed' }]);

    // Connected, then the broker goes away again: the bound applies to reconnecting too.
    proxy.down();
    const again = cloudEvent(PizzaBaked.type, { pizza: 'd' });
    expect(await publisher.publish([again])).toEqual([expect.objectContaining({ id: again.id, outcome: 'failed' })]);
    proxy.up();
    const last = cloudEvent(PizzaBaked.type, { pizza: 'e' });
    expect(await publisher.publish([last])).toEqual([{ id: last.id, outcome: 'confirmed' }]);
    await publisher.close();
    await proxy.close();
    console.log(`connect timeout: failed ${whileDown.length + 1} while down, confirmed 2 once back`);
    expect(await admin.depth(queue)).toBe(2);
  }, 30_000);

  it('stops connecting on close(): a publish waiting for a broker that is down comes back failed at once', async () => {
    const proxy = await TcpProxy.start('127.0.0.1', 5672);
    proxy.down();
    const url = AMQP_URL.replace(/@[^/]+/, `@127.0.0.1:${proxy.port}`);
    // A bound far beyond the test's timeout: only close() can end this publish in time.
    publisher = new RabbitMqPublisher({ url, exchange, connectTimeoutMs: 600_000 });
    const event = cloudEvent(PizzaBaked.type, { pizza: 'never' });
    const waiting = publisher.publish([event]); // its connect loop has started when publish returns
    await publisher.close();
    expect(await waiting).toEqual([
      { id: event.id, outcome: 'failed', reason: expect.stringContaining('The publisher is closed') },
    ]);
    await proxy.close();
  }, 20_000);
});
