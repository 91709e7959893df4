import { describe, expect, it } from '@jest/globals';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { z } from 'zod';
import {
  GliaTelemetry,
  IntegrationEventReceiver,
  IntegrationEventRouter,
  defineIntegrationEvent,
  endSpan,
  startReceiveSpan,
  type CloudEvent,
} from '../index.js';

const Baked = defineIntegrationEvent({
  type: 'com.mariopizzeria.pizza.baked.v1',
  source: '/kitchen',
  schema: z.object({ pizza: z.string() }),
});

const PRODUCER_TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const PRODUCER_SPAN = '00f067aa0ba902b7';

const baked: CloudEvent = {
  specversion: '1.0',
  id: 'e-1',
  source: '/kitchen',
  type: Baked.type,
  data: { pizza: 'margherita' },
  traceparent: `00-${PRODUCER_TRACE}-${PRODUCER_SPAN}-01`,
};

function setUp() {
  const exporter = new InMemorySpanExporter();
  const telemetry = new GliaTelemetry({
    tracerProvider: new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }),
  });
  const receiver = new IntegrationEventReceiver({
    name: 'billing',
    router: new IntegrationEventRouter().on(Baked, () => undefined),
    messagingSystem: 'rabbitmq',
    telemetry,
  });
  const processSpan = () => exporter.getFinishedSpans().find((s) => s.name === 'process billing');
  return { telemetry, receiver, processSpan };
}

describe('IntegrationEventReceiver spans', () => {
  it('makes the process span a child of the transport receive span given as parent, linked to the producer', async () => {
    const { telemetry, receiver, processSpan } = setUp();
    const receive = startReceiveSpan(baked, { system: 'rabbitmq', destination: 'billing-queue', telemetry });
    expect(await receiver.receive(baked, { parent: receive })).toBe('handled');
    endSpan(receive, 'handled');

    const span = processSpan();
    expect(span?.spanContext().traceId).toBe(PRODUCER_TRACE);
    expect(span?.parentSpanContext?.spanId).toBe(receive.spanContext().spanId);
    expect(span?.links.map((link) => link.context.spanId)).toEqual([PRODUCER_SPAN]);
  });

  it('makes the process span a child of the producer when no parent is given, with no link', async () => {
    const { receiver, processSpan } = setUp();
    expect(await receiver.receive(baked)).toBe('handled');

    const span = processSpan();
    expect(span?.spanContext().traceId).toBe(PRODUCER_TRACE);
    expect(span?.parentSpanContext?.spanId).toBe(PRODUCER_SPAN);
    expect(span?.links).toEqual([]);
  });
});
