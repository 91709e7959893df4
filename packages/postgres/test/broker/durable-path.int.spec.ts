import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { createGlia, silentLogger, type Glia } from '@glia/core';
import { RabbitMqConsumer, RabbitMqPublisher, queueTopology } from '@glia/rabbitmq';
import { AMQP_URL, BrokerAdmin, describeBroker, uniqueName } from '../../../rabbitmq/test/support/broker.js';
import { migrate, PostgresPersistence } from '../../src/index.js';
import { eventually } from '../support/eventually.js';
import { TestDatabase } from '../support/test-database.js';
import { effectReceiver, effectsTable, Oven, ovenMapper, pizzaBakedMapping } from './oven-line.js';

const OVENS = 100;
const COMMITS_PER_OVEN = 10;
const EVENTS_PER_COMMIT = 10;
const TOTAL = OVENS * COMMITS_PER_OVEN * EVENTS_PER_COMMIT;
const RESENT = 1_000;

// Issue 4, test 1, on the durable path: PostgreSQL outbox → running relay → RabbitMQ → consumer + PostgresInbox.
describeBroker('10,000 events through the PostgreSQL outbox, the relay and RabbitMQ [pg]', () => {
  const db = new TestDatabase('pg');
  const schema = `${db.schema}_durable`;
  const exchange = uniqueName('durable-events');
  const queue = uniqueName('oven-counter');
  let admin: BrokerAdmin;
  beforeAll(async () => {
    admin = await BrokerAdmin.open();
    await db.open();
    if (!db.available) return;
    await migrate(db.driver, schema);
    await db.driver.exec(effectsTable(schema));
  }, 60_000);
  afterAll(async () => {
    const t = queueTopology(queue, 1);
    await admin.cleanUp([t.queue, ...t.retryQueues, t.deadLetterQueue], [exchange, t.deadLetterExchange]);
    if (db.available) await db.driver.exec(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await db.close();
  }, 60_000);

  const count = async (sql: string): Promise<number> => Number((await db.driver.query<{ n: number }>(sql))[0]?.n ?? 0);

  /** Commits EVENTS_PER_COMMIT events per unit of work, several ovens committing at once. */
  async function commitAll(glia: Glia, persistence: PostgresPersistence): Promise<void> {
    const lane = async (first: number): Promise<void> => {
      for (let o = first; o < OVENS; o += 8) {
        const oven = new Oven(`oven-${o}`);
        for (let c = 0; c < COMMITS_PER_OVEN; c += 1) {
          const scope = glia.openScope();
          scope.unitOfWork.track(oven, persistence.storeFor(Oven, ovenMapper), c === 0);
          for (let e = 0; e < EVENTS_PER_COMMIT; e += 1) oven.bake();
          await scope.unitOfWork.commit();
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, (_, i) => lane(i)));
  }

  it('receives every event once after deduplication, in per-aggregate order', async () => {
    if (!db.available) return;
    const consumerSide = new PostgresPersistence({ driver: db.driver, schema, ownsDriver: false, worker: false });
    const consumer = new RabbitMqConsumer({
      url: AMQP_URL,
      exchange,
      queue,
      bindings: ['com.mariopizzeria.test.#'],
      prefetch: 64,
      retryDelaysMs: [200],
      receiver: effectReceiver(schema, consumerSide.inbox, consumerSide.transactions),
    });
    await consumer.start(); // binds the queue first: nothing published is unroutable

    const persistence = new PostgresPersistence({ driver: db.driver, schema, ownsDriver: false, worker: false });
    const publisher = new RabbitMqPublisher({ url: AMQP_URL, exchange });
    const glia = await createGlia({
      persistence,
      aggregates: [{ aggregate: Oven, mapper: ovenMapper }],
      integrationEvents: [pizzaBakedMapping],
      integration: { publisher, relay: { batchSize: 500 } },
      logger: silentLogger,
    });
    await commitAll(glia, persistence);
    const effects = `SELECT count(*)::int AS n FROM "${schema}".effects`;
    await eventually(async () => (await count(effects)) === TOTAL, 240_000, 'every effect');

    // A relay that crashed between publishing and marking sent: the same events go out again.
    await db.driver.query(
      `UPDATE "${schema}".outbox_messages SET sent_at = NULL
       WHERE id IN (SELECT id FROM "${schema}".outbox_messages ORDER BY random() LIMIT $1)`,
      [RESENT],
    );
    glia.relay?.notify();
    await eventually(() => consumer.stats.duplicates === RESENT, 120_000, 'the duplicates');
    await glia.close();
    await consumer.stop();

    const [audit] = await db.driver.query<{ effects: number; distinct: number; ovens: number }>(
      `SELECT count(*)::int AS effects, count(DISTINCT event_id)::int AS distinct, count(DISTINCT oven)::int AS ovens
       FROM "${schema}".effects`,
    );
    const outOfOrder = await count(
      `SELECT count(*)::int AS n FROM (SELECT n, lag(n) OVER (PARTITION BY oven ORDER BY seq) AS prev
       FROM "${schema}".effects) x WHERE prev IS NOT NULL AND n <> prev + 1`,
    );
    const pending = await count(`SELECT count(*)::int AS n FROM "${schema}".outbox_messages WHERE sent_at IS NULL`);
    const inbox = await count(`SELECT count(*)::int AS n FROM "${schema}".inbox`);
    console.log(
      `[pg+rabbitmq] issue 4 test 1: ${TOTAL} events committed in ${OVENS * COMMITS_PER_OVEN} commits; relayed ` +
        `${glia.relay?.stats.confirmed} (${RESENT} re-sent); consumer handled ${consumer.stats.handled}, ` +
        `duplicates dropped ${consumer.stats.duplicates}; effects ${audit?.effects}, distinct ${audit?.distinct}, ` +
        `inbox ${inbox}, out of order ${outOfOrder}, pending ${pending}`,
    );
    expect({ ...audit, outOfOrder, pending, inbox, handled: consumer.stats.handled }).toEqual({
      effects: TOTAL,
      distinct: TOTAL,
      ovens: OVENS,
      outOfOrder: 0,
      pending: 0,
      inbox: TOTAL,
      handled: TOTAL,
    });
    expect(glia.relay?.stats.confirmed).toBe(TOTAL + RESENT);
  }, 400_000);
});
