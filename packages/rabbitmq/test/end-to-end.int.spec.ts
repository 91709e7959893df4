import { afterAll, beforeAll, expect, it } from '@jest/globals';
import {
  AggregateRoot,
  AggregateType,
  DomainEvent,
  EventType,
  InMemoryInbox,
  InMemoryPersistence,
  InMemoryTransactionManager,
  IntegrationEventReceiver,
  IntegrationEventRouter,
  OutboxRelay,
  createGlia,
  defineIntegrationEvent,
  mapDomainEvent,
  silentLogger,
} from '@glia/core';
import { z } from 'zod';
import { RabbitMqConsumer, RabbitMqPublisher, queueTopology } from '../src/index.js';
import { AMQP_URL, BrokerAdmin, describeBroker, eventually, uniqueName } from './support/broker.js';

@EventType('e2e.PizzaBaked.v1')
class PizzaBaked extends DomainEvent {
  constructor(readonly n: number) {
    super();
  }
}

@AggregateType('e2e.Oven')
class Oven extends AggregateRoot {
  constructor(readonly id: string) {
    super();
  }
  bake(n: number): void {
    this.raiseEvent(new PizzaBaked(n));
  }
}

const PizzaBakedV1 = defineIntegrationEvent({
  type: 'com.mariopizzeria.pizza.baked.v1',
  source: '/mario-pizzeria/kitchen',
  schema: z.object({ oven: z.string(), n: z.number().int() }),
});

const OVENS = 100;
const PER_OVEN = 100;

describeBroker('10,000 events committed, relayed and consumed', () => {
  const exchange = uniqueName('events');
  const queue = uniqueName('e2e');
  let admin: BrokerAdmin;
  beforeAll(async () => (admin = await BrokerAdmin.open()));
  afterAll(async () => {
    const t = queueTopology(queue, 1);
    await admin.cleanUp([t.queue, ...t.retryQueues, t.deadLetterQueue], [exchange, t.deadLetterExchange]);
  });

  it('receives every event once after deduplication, in per-aggregate order', async () => {
    const persistence = new InMemoryPersistence();
    const glia = await createGlia({
      persistence,
      aggregates: [Oven],
      logger: silentLogger,
      integrationEvents: [mapDomainEvent(PizzaBaked, PizzaBakedV1, (e) => ({ oven: e.aggregateId ?? '', n: e.n }))],
    });
    const ovens = Array.from({ length: OVENS }, (_, o) => new Oven(`oven-${o}`));
    for (let n = 0; n < PER_OVEN; n += 1) {
      for (const oven of ovens) {
        const scope = glia.openScope();
        scope.unitOfWork.track(oven, persistence.storeFor(Oven), n === 0);
        oven.bake(n);
        await scope.unitOfWork.commit();
      }
    }

    const received = new Map<string, number[]>();
    const receiver = new IntegrationEventReceiver({
      name: 'e2e-consumer',
      router: new IntegrationEventRouter().on(PizzaBakedV1, ({ oven, n }) => {
        received.set(oven, [...(received.get(oven) ?? []), n]);
      }),
      inbox: new InMemoryInbox(),
      transactions: new InMemoryTransactionManager(),
    });
    const consumer = new RabbitMqConsumer({
      url: AMQP_URL,
      exchange,
      queue,
      bindings: ['com.mariopizzeria.#'],
      receiver,
      prefetch: 100,
      retryDelaysMs: [100],
    });
    await consumer.start();
    const publisher = new RabbitMqPublisher({ url: AMQP_URL, exchange });
    const relay = new OutboxRelay(persistence.outbox, publisher, { batchSize: 1_000 });
    const report = await relay.relayAll();
    // A relay that crashed after publishing but before marking sent publishes its last batch again.
    const resent = (await publisher.publish(persistence.outbox.messages.slice(-1_000))).filter(
      (r) => r.outcome === 'confirmed',
    );

    await eventually(
      () => consumer.stats.handled + consumer.stats.duplicates === OVENS * PER_OVEN + resent.length,
      60_000,
    );
    await consumer.stop();
    await publisher.close();
    const total = [...received.values()].reduce((sum, list) => sum + list.length, 0);
    console.log(
      `test 1: committed ${persistence.outbox.messages.length}, confirmed ${report.confirmed}, re-published ${resent.length}, ` +
        `handled ${consumer.stats.handled}, duplicates dropped ${consumer.stats.duplicates}, received ${total}`,
    );
    expect(report).toMatchObject({ confirmed: OVENS * PER_OVEN, returned: 0, failed: 0 });
    expect(await persistence.outbox.pendingMessages(1)).toEqual([]);
    expect(consumer.stats).toMatchObject({ handled: OVENS * PER_OVEN, duplicates: resent.length, deadLettered: 0 });
    for (let o = 0; o < OVENS; o += 1) {
      expect(received.get(`oven-${o}`)).toEqual(Array.from({ length: PER_OVEN }, (_, n) => n));
    }
  }, 90_000);
});
