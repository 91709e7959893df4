import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { BenchOptions } from '../options.js';
import { probePostgres, probeRabbitMq } from '../durable/servers.js';
import { reportSkipped, type Section, type TargetCheck } from '../report/section.js';

type ChildResult = {
  readonly contender: string;
  readonly events: number;
  readonly handlers: number;
  readonly seconds: number;
  readonly before: { readonly rss: number; readonly heapUsed: number };
  readonly after: { readonly rss: number; readonly heapUsed: number };
  readonly retained: number;
};

const run = promisify(execFile);
const child = fileURLToPath(new URL('./memory-child.js', import.meta.url));
const relayChild = fileURLToPath(new URL('./relay-memory-child.js', import.meta.url));
const mb = (bytes: number): string => (bytes / 2 ** 20).toFixed(1);

async function measure(contender: string, events: number): Promise<ChildResult> {
  const args = contender === 'relay' ? [relayChild, String(events)] : [child, contender, String(events), '1'];
  const { stdout } = await run(process.execPath, ['--expose-gc', ...args], { maxBuffer: 1 << 20 });
  return JSON.parse(stdout.trim().split('\n').pop() as string) as ChildResult;
}

/** Benchmark 5: resident memory before and after N events, each contender in a fresh process. */
export async function memorySuite(options: BenchOptions): Promise<Section> {
  const events = options.memoryEvents;
  // The in-memory store keeps every aggregate: a tenth of the events is enough to show its slope.
  const results = [
    await measure('glia-discarding', events),
    await measure('glia', Math.max(10_000, events / 10)),
    await measure('emitter', events),
  ];
  // The relay needs both servers. All the events, not a slope: its RSS grows less than linearly (the
  // allocator's high-water mark), so a tenth extrapolated overstated it 5×. About 3 minutes here.
  const skipped: string[] = [];
  const [pg, amqp] = await Promise.all([probePostgres(), probeRabbitMq()]);
  const down = [pg, amqp].flatMap((p) => (p.ok ? [] : [p.reason]));
  if (down.length === 0) results.push(await measure('relay', options.quick ? 2_000 : events));
  else skipped.push(...down.map((reason) => reportSkipped(`relay memory: ${reason}`)));
  const labels: Record<string, string> = {
    'glia-discarding': 'Glia dispatcher (stores that keep nothing)',
    glia: 'Glia, default in-memory persistence',
    emitter: 'EventEmitter',
    relay: 'Glia relay, PostgreSQL outbox → RabbitMQ',
  };
  const rows = results.map((r) => [
    labels[r.contender] ?? r.contender,
    r.events.toLocaleString('en-US'),
    mb(r.before.rss),
    mb(r.after.rss),
    mb(r.after.rss - r.before.rss),
    mb(r.after.heapUsed - r.before.heapUsed),
    mb(((r.after.rss - r.before.rss) / r.events) * 1e6),
    (r.events / r.seconds).toFixed(0),
  ]);
  const glia = results[0] as ChildResult;
  const perMillion = ((glia.after.rss - glia.before.rss) / glia.events) * 1e6;
  const targets: TargetCheck[] = [
    {
      target: 'memory growth < 50 MB per million events (dispatcher)',
      measured: `${mb(perMillion)} MB${options.quick ? ' (extrapolated)' : ''}`,
      met: options.quick ? undefined : perMillion < 50 * 2 ** 20,
    },
  ];
  const relay = results.find((r) => r.contender === 'relay');
  if (relay !== undefined) {
    const relayPerMillion = ((relay.after.rss - relay.before.rss) / relay.events) * 1e6;
    targets.push({
      target: 'memory growth < 50 MB per million events (relay)',
      measured:
        relay.events >= 1_000_000
          ? `${mb(relayPerMillion)} MB`
          : `${mb(relayPerMillion)} MB (extrapolated from ${relay.events.toLocaleString('en-US')})`,
      met: options.quick ? undefined : relayPerMillion < 50 * 2 ** 20,
    });
  }
  return {
    id: 'memory',
    title: 'Memory (MB, resident set after a full GC)',
    note:
      'Events to one async handler, each contender in a fresh `node --expose-gc` process, RSS and heap read after ' +
      'two full GCs. Glia: commits of 100 events (one new aggregate each), `glia.drain()`, then back to the event ' +
      'loop (`setImmediate`), as separate requests would; EventEmitter: 100 emits, then waiting for every listener. ' +
      'The target is judged on the first row: the default in-memory persistence keeps every aggregate (and the newest 10,000 completed deliveries and events) by design. ' +
      'Relay row: pending integration events inserted in bulk into a PostgreSQL outbox, then `OutboxRelay.relayAll()` into ' +
      '`RabbitMqPublisher` (one connection for the whole run), on all the events.',
    columns: [
      'contender',
      'events',
      'RSS before',
      'RSS after',
      'RSS growth',
      'heap growth',
      'RSS growth per million',
      'events/s',
    ],
    rows,
    targets,
    data: results,
    skipped,
  };
}
