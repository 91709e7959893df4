import { afterEach, beforeEach, expect, it } from '@jest/globals';
import { IntegrationEventReceiver, IntegrationEventRouter, STRUCTURED_CONTENT_TYPE } from '@glia/core';
import {
  GliaHeaders,
  RabbitMqConsumer,
  RabbitMqPublisher,
  declareQueueTopology,
  queueTopology,
  redriveDeadLetters,
  type DeadLetter,
} from '../src/index.js';
import { AMQP_URL, BrokerAdmin, describeBroker, eventually, uniqueName } from './support/broker.js';
import { OvenExploded, PizzaBaked, cloudEvent } from './support/fixtures.js';

const TIERS = [50, 100, 200];

describeBroker('RabbitMqConsumer failures', () => {
  let exchange: string;
  let queue: string;
  let admin: BrokerAdmin;
  let publisher: RabbitMqPublisher;
  let consumer: RabbitMqConsumer | undefined;
  let baked: string[];
  let explosions: number;
  let deadLetters: DeadLetter[];
  let failing: boolean;

  const startConsumer = async (options: { maxPriority?: number; prefetch?: number } = {}) => {
    const router = new IntegrationEventRouter()
      .on(PizzaBaked, async ({ pizza }) => {
        if (failing && pizza === 'cursed') throw new Error('the dough will not rise');
        baked.push(pizza);
      })
      .on(OvenExploded, () => {
        explosions += 1;
        throw new Error('kitchen on fire');
      });
    consumer = new RabbitMqConsumer({
      url: AMQP_URL,
      exchange,
      queue,
      bindings: ['com.mariopizzeria.#'],
      receiver: new IntegrationEventReceiver({ name: queue, router }),
      retryDelaysMs: TIERS,
      onDeadLetter: (d) => deadLetters.push(d),
      ...options,
    });
    await consumer.start();
    return consumer;
  };

  beforeEach(async () => {
    exchange = uniqueName('events');
    queue = uniqueName('kitchen');
    admin = await BrokerAdmin.open();
    publisher = new RabbitMqPublisher({ url: AMQP_URL, exchange });
    baked = [];
    explosions = 0;
    deadLetters = [];
    failing = true;
  });

  afterEach(async () => {
    await consumer?.stop();
    consumer = undefined;
    await publisher.close();
    const t = queueTopology(queue, TIERS.length);
    await admin.cleanUp([t.queue, ...t.retryQueues, t.deadLetterQueue], [exchange, t.deadLetterExchange]);
  });

  it('dead-letters a message that always fails after exactly N attempts, with reason headers, while the rest flow', async () => {
    await startConsumer();
    const bad = cloudEvent(OvenExploded.type, { oven: 'oven-1' });
    const good = Array.from({ length: 20 }, (_, i) => cloudEvent(PizzaBaked.type, { pizza: `p-${i}` }));
    await publisher.publish([bad, ...good]);
    await eventually(() => deadLetters.length === 1 && baked.length === 20);
    const dead = await admin.channel.get(queueTopology(queue, TIERS.length).deadLetterQueue, { noAck: true });
    const headers = dead === false ? {} : (dead.properties.headers ?? {});
    console.log(
      `test 4: attempts ${explosions} (tiers ${TIERS.length}), dead-lettered ${deadLetters.length}, others handled ${baked.length}`,
    );
    expect(explosions).toBe(TIERS.length + 1);
    expect(headers[GliaHeaders.attempts]).toBe(TIERS.length + 1);
    expect(headers[GliaHeaders.reason]).toBe('exhausted');
    expect(String(headers[GliaHeaders.error])).toContain('kitchen on fire');
    expect(headers[GliaHeaders.originalExchange]).toBe(exchange);
    expect(headers[GliaHeaders.originalRoutingKey]).toBe(OvenExploded.type);
    expect(dead === false ? undefined : dead.properties.messageId).toBe(bad.id);
    expect(baked).toEqual(good.map((_, i) => `p-${i}`));
  });

  it('dead-letters each kind of poison input at once with its reason, and keeps consuming', async () => {
    await startConsumer();
    const send = (body: string, routingKey: string) =>
      admin.channel.publish(exchange, routingKey, Buffer.from(body), {
        contentType: STRUCTURED_CONTENT_TYPE,
        messageId: body.slice(0, 20),
      });
    send('this is not json', PizzaBaked.type);
    send(JSON.stringify({ hello: 'world' }), PizzaBaked.type);
    send(JSON.stringify(cloudEvent('com.mariopizzeria.unknown.thing.v1', {})), 'com.mariopizzeria.unknown.thing.v1');
    send(JSON.stringify(cloudEvent(PizzaBaked.type, { pizza: 42 })), PizzaBaked.type);
    await publisher.publish([cloudEvent(PizzaBaked.type, { pizza: 'margherita' })]);
    await eventually(() => deadLetters.length === 4 && baked.length === 1);
    const reasons = deadLetters.map((d) => d.reason).sort();
    console.log(
      `test 5: poison dead-lettered ${deadLetters.length} (${reasons.join(', ')}), retried ${consumer?.stats.retried}, handled after ${baked.length}`,
    );
    expect(reasons).toEqual([
      'poison:invalid-data',
      'poison:not-a-cloudevent',
      'poison:not-json',
      'poison:unknown-type',
    ]);
    expect(deadLetters.every((d) => d.attempts === 1)).toBe(true);
    expect(consumer?.stats.retried).toBe(0);
    expect(await admin.depth(`${queue}.dlq`)).toBe(4);
    expect(baked).toEqual(['margherita']);
  });

  it('re-drives dead-lettered messages back to their queue', async () => {
    await startConsumer();
    await publisher.publish([cloudEvent(PizzaBaked.type, { pizza: 'cursed' })]);
    await eventually(() => deadLetters.length === 1);
    failing = false;
    expect(await redriveDeadLetters({ url: AMQP_URL, queue })).toBe(1);
    await eventually(() => baked.length === 1);
    expect(baked).toEqual(['cursed']);
    expect(await admin.depth(`${queue}.dlq`)).toBe(0);
  });

  it('delivers higher-priority messages first from a priority queue', async () => {
    const priorityPublisher = new RabbitMqPublisher({
      url: AMQP_URL,
      exchange,
      priorityOf: (e) => (e.subject === 'vip' ? 9 : 1),
    });
    // Declared and filled before the consumer starts, so the broker holds all six to choose from.
    await declareQueueTopology(admin.channel, {
      exchange,
      queue,
      bindings: ['com.mariopizzeria.#'],
      retryDelaysMs: TIERS,
      maxPriority: 10,
    });
    await priorityPublisher.publish([
      ...Array.from({ length: 5 }, (_, i) => cloudEvent(PizzaBaked.type, { pizza: `regular-${i}` }, `r-${i}`)),
      cloudEvent(PizzaBaked.type, { pizza: 'vip' }, 'vip'),
    ]);
    await priorityPublisher.close();
    await startConsumer({ maxPriority: 10, prefetch: 1 });
    await eventually(() => baked.length === 6);
    expect(baked[0]).toBe('vip');
  });

  it('shuts down gracefully: finishes and acknowledges the messages in flight', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let started = 0;
    const router = new IntegrationEventRouter().on(PizzaBaked, async ({ pizza }) => {
      started += 1;
      await gate;
      baked.push(pizza);
    });
    consumer = new RabbitMqConsumer({
      url: AMQP_URL,
      exchange,
      queue,
      bindings: ['#'],
      receiver: new IntegrationEventReceiver({ name: queue, router }),
      retryDelaysMs: TIERS,
    });
    await consumer.start();
    await publisher.publish([cloudEvent(PizzaBaked.type, { pizza: 'a' }), cloudEvent(PizzaBaked.type, { pizza: 'b' })]);
    await eventually(() => started === 2);
    const stopped = consumer.stop();
    release();
    await stopped;
    consumer = undefined;
    expect(baked.sort()).toEqual(['a', 'b']);
    expect(await admin.depth(queue)).toBe(0);
  });
});
