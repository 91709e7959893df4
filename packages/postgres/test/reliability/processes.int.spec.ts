import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGlia, repositoryToken, silentLogger, type Repository } from '@glia/core';
import { migrate, PostgresPersistence } from '../../src/index.js';
import { bundleChild, removeBundle, startChild, type Child } from '../support/child-processes.js';
import { eventually } from '../support/eventually.js';
import { Account, accountMapper } from '../support/fixtures.js';
import { TestDatabase } from '../support/test-database.js';
import { EffectHandler } from './child/effect.handler.js';

const childEntry = join(dirname(fileURLToPath(import.meta.url)), 'child', 'worker-child.ts');

// Real OS processes against the PostgreSQL server (PGlite is embedded in one process).
describe('reliability (worker processes) [pg]', () => {
  const db = new TestDatabase('pg');
  let bundle = '';
  beforeAll(async () => {
    await db.open();
    if (db.available) bundle = await bundleChild(childEntry);
  }, 60_000);
  const schemas: string[] = [];
  afterAll(async () => {
    if (bundle !== '') removeBundle(bundle);
    for (const schema of schemas) await db.driver.exec(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await db.close();
  }, 60_000);

  /** A schema of its own for one test, with the effects table the children write. */
  async function freshSchema(suffix: string): Promise<string> {
    const schema = `${db.schema}_${suffix}`;
    schemas.push(schema);
    await migrate(db.driver, schema);
    await db.driver.exec(`CREATE TABLE "${schema}".effects (id bigserial PRIMARY KEY, event_id text NOT NULL,
      aggregate_id text NOT NULL, version int NOT NULL, pid int NOT NULL)`);
    return schema;
  }

  /** Commits `accounts` accounts of `eventsEach` events each, with a delivery per event for the effect handler. */
  async function seed(schema: string, accounts: number, eventsEach: number): Promise<void> {
    const persistence = new PostgresPersistence({ driver: db.driver, schema, ownsDriver: false, worker: false });
    const glia = await createGlia({
      persistence,
      aggregates: [{ aggregate: Account, mapper: accountMapper }],
      eventHandlers: [EffectHandler],
      logger: silentLogger,
    });
    for (let first = 0; first < accounts; first += 20) {
      const scope = glia.openScope();
      const repository = scope.get<Repository<Account>>(repositoryToken(Account) as never);
      for (let a = first; a < Math.min(accounts, first + 20); a += 1) {
        const account = Account.open(`acc-${a}`, 'x');
        for (let e = 1; e < eventsEach; e += 1) account.deposit('1.00');
        repository.add(account);
      }
      await scope.unitOfWork.commit();
    }
    await glia.close();
  }

  async function count(schema: string, table: string, where = 'true'): Promise<number> {
    const rows = await db.driver.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "${schema}".${table} WHERE ${where}`,
    );
    return Number(rows[0]?.n ?? 0);
  }

  const until = (probe: () => Promise<boolean>): Promise<void> => eventually(probe, 90_000, 'the workers');

  async function stop(children: Iterable<Child>): Promise<void> {
    for (const child of children) child.process.kill('SIGTERM');
    await Promise.all([...children].map((c) => c.exited));
  }

  /** Checks the effect rows: one per event, and each aggregate's versions in order. */
  async function audit(schema: string): Promise<{ effects: number; distinct: number; outOfOrder: number }> {
    const [stats] = await db.driver.query<{ effects: number; distinct: number }>(
      `SELECT count(*)::int AS effects, count(DISTINCT event_id)::int AS distinct FROM "${schema}".effects`,
    );
    const [order] = await db.driver.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM (SELECT version, lag(version) OVER (PARTITION BY aggregate_id ORDER BY id) AS prev
       FROM "${schema}".effects) x WHERE prev IS NOT NULL AND version <= prev`,
    );
    return { effects: Number(stats?.effects), distinct: Number(stats?.distinct), outOfOrder: Number(order?.n) };
  }

  it('4. three worker processes drain 10,000 deliveries: 0 double-claims, 0 lost, per-aggregate order kept', async () => {
    if (!db.available) return;
    const schema = await freshSchema('t4');
    await seed(schema, 200, 50);
    const workers = [1, 2, 3].map(() => startChild(bundle, ['worker', schema]));
    await Promise.all(workers.map((w) => w.ready));
    await until(async () => (await count(schema, 'deliveries', "status = 'completed'")) === 10_000);
    await stop(workers);
    const audited = await audit(schema);
    const doubleClaims = await count(schema, 'deliveries', 'attempts <> 1');
    const pending = await count(schema, 'deliveries', "status <> 'completed'");
    const perWorker = await db.driver.query<{ pid: number; n: number }>(
      `SELECT pid, count(*)::int AS n FROM "${schema}".effects GROUP BY pid ORDER BY pid`,
    );
    console.log(
      `[pg] test 4: 10000 deliveries, 3 workers (${perWorker.map((w) => w.n).join(' / ')}); effects ${audited.effects}, ` +
        `distinct ${audited.distinct}, double-claims ${doubleClaims}, lost ${10_000 - audited.distinct}, out of order ${audited.outOfOrder}`,
    );
    expect({ ...audited, doubleClaims, pending }).toEqual({
      effects: 10_000,
      distinct: 10_000,
      outOfOrder: 0,
      doubleClaims: 0,
      pending: 0,
    });
    expect(perWorker).toHaveLength(3);
  }, 120_000);

  it('2. SIGKILL right after commit, before any delivery, 200 times: every delivery completes after restart', async () => {
    if (!db.available) return;
    const schema = await freshSchema('t2');
    const kills = 200;
    let killed = 0;
    const parallel = 6;
    for (let started = 0; started < kills; started += parallel) {
      const batch = Array.from({ length: Math.min(parallel, kills - started) }, () =>
        startChild(bundle, ['commit-and-die', schema]),
      );
      const signals = await Promise.all(batch.map((c) => c.exited));
      killed += signals.filter((s) => s === 'SIGKILL').length;
    }
    const committed = await count(schema, 'aggregates');
    const deliveredBeforeRestart = await count(schema, 'deliveries', "status <> 'pending'");
    const worker = startChild(bundle, ['worker', schema]);
    await worker.ready;
    await until(async () => (await count(schema, 'deliveries', "status = 'completed'")) === committed);
    await stop([worker]);
    const audited = await audit(schema);
    console.log(
      `[pg] test 2: ${killed} children SIGKILLed after commit; ${committed} commits, ${deliveredBeforeRestart} delivered before restart, ` +
        `${audited.distinct} delivered after, lost ${committed - audited.distinct}`,
    );
    expect({ killed, committed, deliveredBeforeRestart }).toEqual({
      killed: kills,
      committed: kills,
      deliveredBeforeRestart: 0,
    });
    expect(audited).toEqual({ effects: kills, distinct: kills, outOfOrder: 0 });
  }, 120_000);

  it('3. SIGKILL of workers at random points during 5,000 deliveries: 0 lost, each effect applied exactly once', async () => {
    if (!db.available) return;
    const schema = await freshSchema('t3');
    await seed(schema, 100, 50);
    const total = 5_000;
    let kills = 0;
    const live = new Set<Child>();
    let done = false;
    const spawnWorker = (): void => {
      // Each delivery passes three kill points (before, inside, after the handler's work); lease 1 s.
      const child = startChild(bundle, ['worker', schema, '0.001', '1000']);
      live.add(child);
      void child.exited.then((signal) => {
        live.delete(child);
        if (signal === 'SIGKILL') kills += 1;
        if (!done) spawnWorker();
      });
    };
    spawnWorker();
    spawnWorker();
    // And the test kills a random worker from outside every 400 to 800 ms.
    const deadline = Date.now() + 120_000;
    while ((await count(schema, 'deliveries', "status = 'completed'")) < total) {
      if (Date.now() > deadline) throw new Error('Timed out waiting for the workers');
      await new Promise((resolve) => setTimeout(resolve, 400 + Math.random() * 400));
      const victims = [...live];
      victims[Math.floor(Math.random() * victims.length)]?.process.kill('SIGKILL');
    }
    done = true;
    await stop(live);
    const audited = await audit(schema);
    const dead = await count(schema, 'deliveries', "status = 'dead'");
    const reclaimed = await count(schema, 'deliveries', 'attempts > 1');
    console.log(
      `[pg] test 3: ${total} deliveries, ${kills} worker processes SIGKILLed, ${reclaimed} deliveries claimed more than once; ` +
        `effects ${audited.effects}, distinct ${audited.distinct}, lost ${total - audited.distinct}, dead ${dead}`,
    );
    expect(kills).toBeGreaterThan(0);
    expect({ ...audited, dead }).toEqual({ effects: total, distinct: total, outOfOrder: 0, dead: 0 });
  }, 150_000);
});
