import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { MeterProvider, MetricReader, type ResourceMetrics } from '@opentelemetry/sdk-metrics';
import { GliaTelemetry, IntegrationEventReceiver, IntegrationEventRouter } from '@glia/core';
import { RabbitMqConsumer, RabbitMqPublisher, queueTopology } from '../src/index.js';
import { AMQP_URL, BrokerAdmin, describeBroker, eventually, uniqueName } from './support/broker.js';
import { PizzaBaked, cloudEvent } from './support/fixtures.js';

// Collects only when the test asks.
class OnDemandReader extends MetricReader {
  protected async onForceFlush(): Promise<void> {}
  protected async onShutdown(): Promise<void> {}
}

/** The data point of `name` whose attributes include `attributes`, if any. */
function pointOf(metrics: ResourceMetrics, name: string, attributes: Record<string, string>): unknown {
  return metrics.scopeMetrics
    .flatMap((scope) => scope.metrics)
    .find((metric) => metric.descriptor.name === name)
    ?.dataPoints.find((point) => Object.entries(attributes).every(([k, v]) => point.attributes[k] === v))?.value;
}

describeBroker('RabbitMqConsumer metrics', () => {
  const exchange = uniqueName('metrics-events');
  const queue = uniqueName('metrics');
  let admin: BrokerAdmin;
  beforeAll(async () => (admin = await BrokerAdmin.open()));
  afterAll(async () => {
    const t = queueTopology(queue, 1);
    await admin.cleanUp([t.queue, ...t.retryQueues, t.deadLetterQueue], [exchange, t.deadLetterExchange]);
  });

  it('reports the messages ready in its queue as glia.consumer.backlog, as the broker counts them, and the age of each event as glia.consumer.lag', async () => {
    const reader = new OnDemandReader();
    const telemetry = new GliaTelemetry({ meterProvider: new MeterProvider({ readers: [reader] }) });
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let started = 0;
    const receiver = new IntegrationEventReceiver({
      name: 'metrics-consumer',
      // The first event holds the only prefetch slot until released: the rest wait in the queue.
      router: new IntegrationEventRouter().on(PizzaBaked, async () => {
        started += 1;
        await gate;
      }),
      telemetry,
    });
    const consumer = new RabbitMqConsumer({
      url: AMQP_URL,
      exchange,
      queue,
      bindings: [PizzaBaked.type],
      receiver,
      prefetch: 1,
      retryDelaysMs: [100],
      telemetry,
    });
    await consumer.start();
    const publisher = new RabbitMqPublisher({ url: AMQP_URL, exchange });
    const events = Array.from({ length: 7 }, (_, i) => cloudEvent(PizzaBaked.type, { pizza: `p-${i}` }));
    expect((await publisher.publish(events)).every((r) => r.outcome === 'confirmed')).toBe(true);
    await publisher.close();

    await eventually(async () => started === 1 && (await admin.depth(queue)) === events.length - 1, 10_000);
    const backlog = { 'glia.consumer': 'metrics-consumer', 'messaging.destination.name': queue };
    const whileHeld = pointOf((await reader.collect()).resourceMetrics, 'glia.consumer.backlog', backlog);
    const brokerCount = await admin.depth(queue);
    console.log(`backlog: gauge ${String(whileHeld)}, broker ${brokerCount}`);
    expect(whileHeld).toBe(brokerCount);
    expect(whileHeld).toBe(events.length - 1);

    release();
    await eventually(() => consumer.stats.handled === events.length, 10_000);
    const drained = (await reader.collect()).resourceMetrics;
    expect(pointOf(drained, 'glia.consumer.backlog', backlog)).toBe(0);
    expect(pointOf(drained, 'glia.consumer.lag', { 'glia.consumer': 'metrics-consumer' })).toMatchObject({
      count: events.length,
    });

    await consumer.stop();
    // A stopped consumer is no longer asked: two messages arrive, the gauge keeps its last reading.
    const after = new RabbitMqPublisher({ url: AMQP_URL, exchange });
    await after.publish([cloudEvent(PizzaBaked.type, { pizza: 'x' }), cloudEvent(PizzaBaked.type, { pizza: 'y' })]);
    await after.close();
    expect(await admin.depth(queue)).toBe(2);
    expect(pointOf((await reader.collect()).resourceMetrics, 'glia.consumer.backlog', backlog)).toBe(0);
    expect(await consumer.backlog()).toEqual([]);
  }, 30_000);
});
