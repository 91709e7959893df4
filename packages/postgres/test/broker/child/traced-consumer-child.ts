// A consumer process for the tracing test: a RabbitMqConsumer with its own OpenTelemetry tracer,
// printing every span it ends as a JSON line `{ name, traceId }`, until SIGTERM.
import { GliaTelemetry, IntegrationEventReceiver, IntegrationEventRouter } from '@glia/core';
import { RabbitMqConsumer } from '@glia/rabbitmq';
import { BasicTracerProvider, type ReadableSpan, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { PizzaBakedV1 } from '../oven-line.js';

const [url = '', exchange = '', queue = ''] = process.argv.slice(2);

const printer: SpanProcessor = {
  onStart: () => undefined,
  onEnd: (span: ReadableSpan) =>
    void process.stdout.write(`${JSON.stringify({ name: span.name, traceId: span.spanContext().traceId })}\n`),
  forceFlush: async () => undefined,
  shutdown: async () => undefined,
};
const telemetry = new GliaTelemetry({ tracerProvider: new BasicTracerProvider({ spanProcessors: [printer] }) });
const receiver = new IntegrationEventReceiver({
  name: 'traced-counter',
  router: new IntegrationEventRouter().on(PizzaBakedV1, () => undefined),
  messagingSystem: 'rabbitmq',
  telemetry,
});
const consumer = new RabbitMqConsumer({
  url,
  exchange,
  queue,
  bindings: [PizzaBakedV1.type],
  retryDelaysMs: [200],
  receiver,
  telemetry,
});
await consumer.start();
process.on('SIGTERM', () => void consumer.stop().then(() => process.exit(0)));
process.stdout.write('ready\n');
