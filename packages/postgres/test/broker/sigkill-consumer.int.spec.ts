import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGlia, silentLogger } from '@glia/core';
import { RabbitMqPublisher, queueTopology } from '@glia/rabbitmq';
import { AMQP_URL, BrokerAdmin, describeBroker, uniqueName } from '../../../rabbitmq/test/support/broker.js';
import { migrate, PostgresPersistence } from '../../src/index.js';
import { bundleChild, removeBundle, startChild, type Child } from '../support/child-processes.js';
import { eventually } from '../support/eventually.js';
import { TestDatabase } from '../support/test-database.js';
import { effectsTable, Oven, ovenMapper, pizzaBakedMapping } from './oven-line.js';

const here = dirname(fileURLToPath(import.meta.url));
const packageRoot = join(here, '..', '..');
const EVENTS = 20;

/** The receipts a consumer child printed, one JSON line each. */
function receiptsOf(child: Child): Array<{ id: string; outcome: string }> {
  const receipts: Array<{ id: string; outcome: string }> = [];
  let buffered = '';
  child.process.stdout?.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines)
      if (line.startsWith('{')) receipts.push(JSON.parse(line) as { id: string; outcome: string });
  });
  return receipts;
}

// Issue 4, test 3: a consumer process SIGKILLed after its commit, before its ack.
describeBroker('SIGKILL of a consumer between its commit and its ack [pg]', () => {
  const db = new TestDatabase('pg');
  const schema = `${db.schema}_sigkill`;
  const exchange = uniqueName('sigkill-events');
  const queue = uniqueName('sigkill-counter');
  let admin: BrokerAdmin;
  let bundle = '';
  beforeAll(async () => {
    admin = await BrokerAdmin.open();
    await db.open();
    if (!db.available) return;
    await migrate(db.driver, schema);
    await db.driver.exec(effectsTable(schema));
    bundle = await bundleChild(join(here, 'child', 'consumer-child.ts'), {
      external: ['amqplib'],
      alias: { '@glia/rabbitmq': join(packageRoot, '..', 'rabbitmq', 'src', 'index.ts') },
    });
  }, 60_000);
  afterAll(async () => {
    if (bundle !== '') removeBundle(bundle);
    const t = queueTopology(queue, 1);
    await admin.cleanUp([t.queue, ...t.retryQueues, t.deadLetterQueue], [exchange, t.deadLetterExchange]);
    if (db.available) await db.driver.exec(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await db.close();
  }, 60_000);

  const count = async (table: string, where = 'true'): Promise<number> =>
    Number(
      (await db.driver.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${schema}".${table} WHERE ${where}`))[0]
        ?.n ?? 0,
    );

  it('redelivers the message to a second consumer, whose inbox makes it a no-op', async () => {
    if (!db.available) return;
    const args = (mode: string): string[] => [mode, schema, AMQP_URL, exchange, queue];
    const first = startChild(bundle, args('die-after-commit'));
    const firstReceipts = receiptsOf(first);
    await first.ready; // its queue is declared and bound

    const persistence = new PostgresPersistence({ driver: db.driver, schema, ownsDriver: false, worker: false });
    const glia = await createGlia({
      persistence,
      aggregates: [{ aggregate: Oven, mapper: ovenMapper }],
      integrationEvents: [pizzaBakedMapping],
      integration: { publisher: new RabbitMqPublisher({ url: AMQP_URL, exchange }) },
      logger: silentLogger,
    });
    const oven = new Oven('oven-1');
    const scope = glia.openScope();
    scope.unitOfWork.track(oven, persistence.storeFor(Oven, ovenMapper), true);
    for (let n = 0; n < EVENTS; n += 1) oven.bake();
    await scope.unitOfWork.commit();

    const signal = await first.exited;
    const killedId = firstReceipts[0]?.id ?? '';
    const effectsAtKill = await count('effects');
    const inboxAtKill = await count('inbox');

    const second = startChild(bundle, args('consume'));
    const secondReceipts = receiptsOf(second);
    await second.ready;
    await eventually(async () => secondReceipts.length === EVENTS && (await count('effects')) === EVENTS, 60_000);
    second.process.kill('SIGTERM');
    await second.exited;
    await glia.close();

    const redelivery = secondReceipts.filter((r) => r.id === killedId);
    const effectsOfKilled = await count('effects', `event_id = '${killedId}'`);
    const distinct = Number(
      (await db.driver.query<{ n: number }>(`SELECT count(DISTINCT event_id)::int AS n FROM "${schema}".effects`))[0]
        ?.n,
    );
    console.log(
      `[pg+rabbitmq] issue 4 test 3: first consumer ${String(signal)} after committing ${killedId.slice(0, 8)}… ` +
        `(effects ${effectsAtKill}, inbox ${inboxAtKill}, not acked); second consumer received ${secondReceipts.length} ` +
        `(redelivery: ${redelivery.map((r) => r.outcome).join(', ')}); effects of the killed event ${effectsOfKilled}, ` +
        `effects ${await count('effects')}, distinct ${distinct}`,
    );
    expect({ signal, effectsAtKill, inboxAtKill }).toEqual({ signal: 'SIGKILL', effectsAtKill: 1, inboxAtKill: 1 });
    expect(redelivery).toEqual([{ id: killedId, outcome: 'duplicate' }]);
    expect({ effectsOfKilled, distinct, effects: await count('effects') }).toEqual({
      effectsOfKilled: 1,
      distinct: EVENTS,
      effects: EVENTS,
    });
  }, 120_000);
});
