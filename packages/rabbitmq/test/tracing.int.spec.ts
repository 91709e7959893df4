import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { SpanStatusCode } from '@opentelemetry/api';
import { MeterProvider, MetricReader } from '@opentelemetry/sdk-metrics';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
  type ReadableSpan,
} from '@opentelemetry/sdk-trace-base';
import {
  AggregateRoot,
  AggregateType,
  DomainEvent,
  EventType,
  GliaTelemetry,
  HandlesCommand,
  InMemoryPersistence,
  InjectRepository,
  IntegrationEventReceiver,
  IntegrationEventRouter,
  OutboxRelay,
  createGlia,
  defineCommand,
  defineIntegrationEvent,
  mapDomainEvent,
  silentLogger,
  type CommandHandler,
  type Repository,
} from '@glia/core';
import { z } from 'zod';
import { RabbitMqConsumer, RabbitMqPublisher, queueTopology } from '../src/index.js';
import { AMQP_URL, BrokerAdmin, describeBroker, eventually, uniqueName } from './support/broker.js';
import { OvenExploded, cloudEvent } from './support/fixtures.js';

@EventType('trace.PizzaBaked.v1')
class PizzaBaked extends DomainEvent {
  constructor(readonly n: number) {
    super();
  }
}

@AggregateType('trace.Oven')
class Oven extends AggregateRoot {
  constructor(readonly id: string) {
    super();
  }
  bake(n: number): void {
    this.raiseEvent(new PizzaBaked(n));
  }
}

const Bake = defineCommand('trace.Bake', z.object({ oven: z.string(), n: z.number().int() }));

@HandlesCommand(Bake)
class BakeHandler implements CommandHandler<typeof Bake> {
  constructor(@InjectRepository(Oven) private readonly ovens: Repository<Oven>) {}
  async execute({ oven, n }: { oven: string; n: number }): Promise<void> {
    const created = new Oven(oven);
    this.ovens.add(created);
    created.bake(n);
  }
}

const PizzaBakedV1 = defineIntegrationEvent({
  type: 'com.mariopizzeria.trace.baked.v1',
  source: '/mario-pizzeria/kitchen',
  schema: z.object({ oven: z.string(), n: z.number().int() }),
});

// Collects only when the test asks.
class OnDemandReader extends MetricReader {
  protected async onForceFlush(): Promise<void> {}
  protected async onShutdown(): Promise<void> {}
}

const HTTP_TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';

describeBroker('tracing through RabbitMQ', () => {
  const exchange = uniqueName('trace-events');
  const queue = uniqueName('trace');
  const deadQueue = uniqueName('trace-dead');
  let admin: BrokerAdmin;
  beforeAll(async () => (admin = await BrokerAdmin.open()));
  afterAll(async () => {
    const t = queueTopology(queue, 1);
    const d = queueTopology(deadQueue, 0);
    await admin.cleanUp(
      [t.queue, ...t.retryQueues, t.deadLetterQueue, d.queue, d.deadLetterQueue],
      [exchange, t.deadLetterExchange, d.deadLetterExchange],
    );
  });

  it('keeps one trace id from a command through the commit, the relay publish, RabbitMQ and a consumer', async () => {
    const exporter = new InMemorySpanExporter();
    const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
    const telemetry = new GliaTelemetry({ tracerProvider: provider });
    const persistence = new InMemoryPersistence();
    const glia = await createGlia({
      persistence,
      aggregates: [Oven],
      commandHandlers: [BakeHandler],
      logger: silentLogger,
      telemetry,
      integrationEvents: [mapDomainEvent(PizzaBaked, PizzaBakedV1, (e) => ({ oven: e.aggregateId ?? '', n: e.n }))],
    });
    await glia.mediator.send(Bake, { oven: 'o-1', n: 1 }, { traceparent: `00-${HTTP_TRACE_ID}-00f067aa0ba902b7-01` });

    const received: number[] = [];
    const receiver = new IntegrationEventReceiver({
      name: 'trace-consumer',
      router: new IntegrationEventRouter().on(PizzaBakedV1, ({ n }) => void received.push(n)),
      messagingSystem: 'rabbitmq',
      telemetry,
    });
    const consumer = new RabbitMqConsumer({
      url: AMQP_URL,
      exchange,
      queue,
      bindings: [PizzaBakedV1.type],
      receiver,
      retryDelaysMs: [100],
      telemetry,
    });
    await consumer.start();
    const publisher = new RabbitMqPublisher({ url: AMQP_URL, exchange, telemetry });
    const relay = new OutboxRelay(persistence.outbox, publisher, { messagingSystem: 'rabbitmq', telemetry });
    expect(await relay.relayAll()).toMatchObject({ confirmed: 1 });
    const receiveSpan = (): ReadableSpan | undefined =>
      exporter.getFinishedSpans().find((s) => s.name === `receive ${queue}`);
    await eventually(() => receiveSpan() !== undefined, 10_000);
    await consumer.stop();
    await publisher.close();
    await glia.close();

    expect(received).toEqual([1]);
    const spans = exporter.getFinishedSpans();
    const named = (name: string): ReadableSpan[] => spans.filter((s) => s.name === name);
    const path = [
      ...named('command trace.Bake'),
      ...named('glia.commit'),
      ...named(`send ${exchange}`),
      ...named(`receive ${queue}`),
      ...named('process trace-consumer'),
    ];
    expect(named(`send ${exchange}`)[0]?.attributes).toMatchObject({
      'messaging.system': 'rabbitmq',
      'glia.outcome': 'confirmed',
    });
    expect(receiveSpan()?.attributes).toMatchObject({ 'messaging.system': 'rabbitmq', 'glia.outcome': 'handled' });
    expect(path.map((s) => s.name)).toEqual([
      'command trace.Bake',
      'glia.commit',
      `send ${exchange}`,
      `receive ${queue}`,
      'process trace-consumer',
    ]);
    expect(new Set(path.map((s) => s.spanContext().traceId))).toEqual(new Set([HTTP_TRACE_ID]));
    // The handler's `process` span is a child of the consumer's `receive` span, which is a child of the
    // producer's context (the commit); `process` links to that context too, as the semantic conventions ask.
    const [commit] = named('glia.commit');
    const [receive] = named(`receive ${queue}`);
    const [process] = named('process trace-consumer');
    expect(receive?.parentSpanContext?.spanId).toBe(commit?.spanContext().spanId);
    expect(process?.parentSpanContext?.spanId).toBe(receive?.spanContext().spanId);
    expect(process?.links.map((link) => link.context.spanId)).toEqual([commit?.spanContext().spanId]);
  }, 30_000);

  it('ends the receive span of a dead-lettered message with its error, and counts the dead letter', async () => {
    const exporter = new InMemorySpanExporter();
    const reader = new OnDemandReader();
    const telemetry = new GliaTelemetry({
      tracerProvider: new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }),
      meterProvider: new MeterProvider({ readers: [reader] }),
    });
    const receiver = new IntegrationEventReceiver({
      name: deadQueue,
      router: new IntegrationEventRouter().on(OvenExploded, () => {
        throw new Error('kitchen on fire');
      }),
    });
    const consumer = new RabbitMqConsumer({
      url: AMQP_URL,
      exchange,
      queue: deadQueue,
      bindings: [OvenExploded.type],
      receiver,
      retryDelaysMs: [],
      telemetry,
    });
    await consumer.start();
    const publisher = new RabbitMqPublisher({ url: AMQP_URL, exchange, telemetry });
    const traceparent = `00-${HTTP_TRACE_ID}-00f067aa0ba902b7-01`;
    expect(await publisher.publish([{ ...cloudEvent(OvenExploded.type, { oven: 'o-1' }), traceparent }])).toEqual([
      expect.objectContaining({ outcome: 'confirmed' }),
    ]);
    await eventually(() => consumer.stats.deadLettered === 1, 10_000);
    await consumer.stop();
    await publisher.close();

    const span = exporter.getFinishedSpans().find((s) => s.name === `receive ${deadQueue}`);
    expect(span?.spanContext().traceId).toBe(HTTP_TRACE_ID);
    expect(span?.attributes['glia.outcome']).toBe('dead_lettered');
    expect(span?.status.code).toBe(SpanStatusCode.ERROR);
    const { resourceMetrics } = await reader.collect();
    const deadLetters = resourceMetrics.scopeMetrics
      .flatMap((scope) => scope.metrics)
      .find((metric) => metric.descriptor.name === 'glia.consumer.dead_letters')
      ?.dataPoints.find((point) => point.attributes['messaging.destination.name'] === deadQueue);
    expect(deadLetters?.value).toBe(1);
    expect(deadLetters?.attributes['glia.outcome']).toBe('exhausted');
  }, 30_000);
});
