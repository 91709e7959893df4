import { BenchDatabase } from '../durable/bench-database.js';
import { probePostgres, probeRabbitMq } from '../durable/servers.js';
import { alternate } from '../measure/alternate.js';
import { formatMs } from '../measure/latencies.js';
import type { BenchOptions } from '../options.js';
import { formatRate, formatRatio, reportSkipped, type Section, type TargetCheck } from '../report/section.js';
import { BrokerRig } from './broker-rig.js';
import { consumerLatency } from './consumer-latency.js';
import { fillOutbox, gliaRelaySample, rawAmqpSample } from './relay-contenders.js';

/** Benchmark 4: the relay, outbox on PostgreSQL → RabbitMQ with confirms, against raw amqplib; and commit → consumer. */
export async function relaySuite(options: BenchOptions, servers: Record<string, string>): Promise<Section> {
  const messages = options.relayMessages;
  const { relayRate, seconds } = options.latency;
  const section = {
    id: 'relay',
    title: 'Relay: outbox → RabbitMQ (events/s, median; latency in ms)',
    note:
      `${messages.toLocaleString('en-US')} integration events per sample, median of ${options.rounds} alternating rounds. ` +
      '"Glia relay": `OutboxRelay.relayAll()` over the PostgreSQL outbox into `RabbitMqPublisher` (confirm channel, ' +
      'persistent, mandatory, structured CloudEvents), 500 per pass: read pending, publish, await every confirm, mark ' +
      'sent. "raw amqplib": the same events, already in memory, published as JSON on a confirm channel, 500 back to ' +
      'back then `waitForConfirms()`. Both into a durable queue. "commit → consumer": open loop at ' +
      `${relayRate} commits/s for ${seconds} s, relay running in-process (\`integration: { publisher }\`), an amqplib ` +
      'consumer in the same process records arrival.',
    columns: ['Glia relay', 'raw amqplib', 'Glia ÷ raw', 'commit → consumer p50', 'p99', 'received'],
  };
  const [pgProbe, amqpProbe] = await Promise.all([probePostgres(), probeRabbitMq()]);
  if (pgProbe.ok) servers['PostgreSQL'] = pgProbe.version;
  if (amqpProbe.ok) servers['RabbitMQ'] = amqpProbe.version;
  const down = [pgProbe, amqpProbe].flatMap((p) => (p.ok ? [] : [p.reason]));
  if (down.length > 0) {
    return { ...section, rows: [], targets: [], data: {}, skipped: down.map((r) => reportSkipped(`relay: ${r}`)) };
  }

  const db = await BenchDatabase.postgres(16);
  const broker = await BrokerRig.open();
  try {
    const outbox = await fillOutbox(db, messages);
    const result = await alternate(
      [
        { name: 'glia', sample: () => gliaRelaySample(outbox, broker) },
        { name: 'raw', sample: () => rawAmqpSample(outbox, broker) },
      ],
      options.rounds,
      !options.quick,
    );
    await outbox.glia.close();
    const glia = result.get('glia')?.median ?? Number.NaN;
    const raw = result.get('raw')?.median ?? Number.NaN;
    const latency = await consumerLatency(db, broker, relayRate, seconds, options.quick ? 3 : 30);
    const c = latency.commitToConsumer;
    const targets: TargetCheck[] = [
      {
        target: 'relay ≥ 0.8× raw amqplib with confirms',
        measured: formatRatio(glia / raw),
        met: options.quick ? undefined : glia / raw >= 0.8,
      },
      {
        target: 'relay ≥ 10,000 events/s',
        measured: formatRate(glia),
        met: options.quick ? undefined : glia >= 10_000,
      },
    ];
    return {
      ...section,
      rows: [
        [
          formatRate(glia),
          formatRate(raw),
          formatRatio(glia / raw),
          formatMs(c.p50),
          formatMs(c.p99),
          `${latency.received.toLocaleString('en-US')} / ${latency.commits.toLocaleString('en-US')}`,
        ],
      ],
      targets,
      data: { messages, samples: Object.fromEntries(result), consumerLatency: latency },
    };
  } finally {
    await broker.close();
    await db.close();
  }
}
