import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { z } from 'zod';
import {
  GliaTelemetry,
  HandlesCommand,
  InjectRepository,
  createGlia,
  defineCommand,
  silentLogger,
  type CommandHandler,
  type Repository,
} from '@glia/core';
import { RabbitMqPublisher, queueTopology } from '@glia/rabbitmq';
import { AMQP_URL, BrokerAdmin, describeBroker, uniqueName } from '../../../rabbitmq/test/support/broker.js';
import { bundleChild, removeBundle, startChild, type Child } from '../support/child-processes.js';
import { eventually } from '../support/eventually.js';
import { TestDatabase } from '../support/test-database.js';
import { Oven, ovenMapper, pizzaBakedMapping } from './oven-line.js';

const here = dirname(fileURLToPath(import.meta.url));
const packageRoot = join(here, '..', '..');
const HTTP_TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';

const BakeOne = defineCommand('broker-test.BakeOne', z.object({ oven: z.string() }));

@HandlesCommand(BakeOne)
class BakeOneHandler implements CommandHandler<typeof BakeOne> {
  constructor(@InjectRepository(Oven) private readonly ovens: Repository<Oven>) {}
  async execute({ oven }: { oven: string }): Promise<void> {
    const created = new Oven(oven);
    this.ovens.add(created);
    created.bake();
  }
}

type PrintedSpan = { readonly name: string; readonly traceId: string };

/** The spans a consumer child printed, one JSON line each. */
function spansOf(child: Child): PrintedSpan[] {
  const spans: PrintedSpan[] = [];
  let buffered = '';
  child.process.stdout?.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) if (line.startsWith('{')) spans.push(JSON.parse(line) as PrintedSpan);
  });
  return spans;
}

describeBroker('one trace from a command to a consumer in another process [pglite]', () => {
  const db = new TestDatabase('pglite');
  const exchange = uniqueName('traced-events');
  const queue = uniqueName('traced-counter');
  let admin: BrokerAdmin;
  let bundle = '';
  let consumer: Child | undefined;
  beforeAll(async () => {
    admin = await BrokerAdmin.open();
    await db.open();
    bundle = await bundleChild(join(here, 'child', 'traced-consumer-child.ts'), {
      // Bundled, OpenTelemetry's CommonJS would `require` node built-ins an ES module cannot.
      external: ['amqplib', '@opentelemetry/*'],
      alias: { '@glia/rabbitmq': join(packageRoot, '..', 'rabbitmq', 'src', 'index.ts') },
    });
  }, 60_000);
  afterAll(async () => {
    // A failed test must not leave its consumer running.
    if (consumer !== undefined && consumer.process.exitCode === null && consumer.process.signalCode === null) {
      consumer.process.kill('SIGTERM');
      await consumer.exited;
    }
    if (bundle !== '') removeBundle(bundle);
    const t = queueTopology(queue, 1);
    await admin.cleanUp([t.queue, ...t.retryQueues, t.deadLetterQueue], [exchange, t.deadLetterExchange]);
    await db.close();
  }, 60_000);

  it('keeps the trace id through the commit, the PostgreSQL outbox, the relay, RabbitMQ and the consumer', async () => {
    const child = startChild(bundle, [AMQP_URL, exchange, queue]);
    consumer = child;
    const consumerSpans = spansOf(child);
    await child.ready; // its queue is declared and bound

    const exporter = new InMemorySpanExporter();
    const telemetry = new GliaTelemetry({
      tracerProvider: new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }),
    });
    const publisher = new RabbitMqPublisher({ url: AMQP_URL, exchange, telemetry });
    const glia = await createGlia({
      persistence: db.persistence({ worker: false }),
      aggregates: [{ aggregate: Oven, mapper: ovenMapper }],
      commandHandlers: [BakeOneHandler],
      integrationEvents: [pizzaBakedMapping],
      integration: { publisher },
      logger: silentLogger,
      telemetry,
    });
    await glia.mediator.send(BakeOne, { oven: 'oven-1' }, { traceparent: `00-${HTTP_TRACE_ID}-00f067aa0ba902b7-01` });
    await eventually(() => consumerSpans.some((s) => s.name === 'process traced-counter'), 20_000, 'the consumer');
    child.process.kill('SIGTERM');
    await child.exited;
    await glia.close();
    await publisher.close();

    const producerSpans = exporter.getFinishedSpans().map((s) => ({ name: s.name, traceId: s.spanContext().traceId }));
    const path = [
      ...producerSpans.filter((s) =>
        ['command broker-test.BakeOne', 'glia.commit', `send ${exchange}`].includes(s.name),
      ),
      ...consumerSpans.filter((s) => [`receive ${queue}`, 'process traced-counter'].includes(s.name)),
    ];
    expect(path.map((s) => s.name).sort()).toEqual(
      [
        'command broker-test.BakeOne',
        'glia.commit',
        `send ${exchange}`,
        `receive ${queue}`,
        'process traced-counter',
      ].sort(),
    );
    expect(new Set(path.map((s) => s.traceId))).toEqual(new Set([HTTP_TRACE_ID]));
  }, 60_000);
});
