// Another service, in its own process, for the HTTP trace test: a Glia RabbitMQ consumer of the
// pizzeria's `order.placed` events with its own OpenTelemetry tracer, printing every span it ends as
// a JSON line `{ name, traceId }`, until SIGTERM. Bundled by the test (see child-processes.ts).
import { GliaTelemetry, IntegrationEventReceiver, IntegrationEventRouter } from '@glia/core';
import { RabbitMqConsumer } from '@glia/rabbitmq';
import { BasicTracerProvider, type ReadableSpan, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { OrderPlacedV1 } from '../../integration/order-placed-v1.integration-event.js';

const [url = '', exchange = '', queue = '', name = ''] = process.argv.slice(2);

const printer: SpanProcessor = {
  onStart: () => undefined,
  onEnd: (span: ReadableSpan) =>
    void process.stdout.write(`${JSON.stringify({ name: span.name, traceId: span.spanContext().traceId })}\n`),
  forceFlush: async () => undefined,
  shutdown: async () => undefined,
};
const telemetry = new GliaTelemetry({ tracerProvider: new BasicTracerProvider({ spanProcessors: [printer] }) });
const receiver = new IntegrationEventReceiver({
  name,
  router: new IntegrationEventRouter().on(OrderPlacedV1, () => undefined),
  messagingSystem: 'rabbitmq',
  telemetry,
});
const consumer = new RabbitMqConsumer({
  url,
  exchange,
  queue,
  bindings: [OrderPlacedV1.type],
  retryDelaysMs: [200],
  receiver,
  telemetry,
});
await consumer.start();
process.on('SIGTERM', () => void consumer.stop().then(() => process.exit(0)));
process.stdout.write('ready\n');
