import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DeliveryStats } from '@glia/core';
import { DEFAULT_DATABASE_URL, pgDriver, pgliteDriver, type SqlDriver } from '@glia/postgres';
import { ExitCode, runCli } from '../src/index.js';
import { testIo, type Run } from './support/capture.js';
import { runApp, sink } from './support/workload.js';

const serverUrl = process.env['DATABASE_URL'] ?? DEFAULT_DATABASE_URL;

async function serverAvailable(): Promise<boolean> {
  const driver = pgDriver({ connectionString: serverUrl, max: 1 });
  try {
    await driver.query('SELECT 1');
    return true;
  } catch (error) {
    if (process.env['CI'] === 'true')
      throw new Error(`PostgreSQL at ${serverUrl} is unreachable and CI=true.`, { cause: error });
    console.warn(`PostgreSQL at ${serverUrl} is unreachable: skipping the PostgreSQL variant of the CLI tests.`);
    return false;
  } finally {
    await driver.close();
  }
}

type Target = {
  /** What `--database` gets. */
  readonly database: string;
  /** A driver for the app's runs (opened and closed around each, so PGlite is free for the CLI). */
  readonly open: () => SqlDriver;
  readonly cleanUp: () => Promise<void>;
};

const targets: Record<'pglite' | 'pg', () => Promise<Target | undefined>> = {
  pglite: async () => {
    const dir = mkdtempSync(join(tmpdir(), 'glia-cli-'));
    const dataDir = join(dir, 'data');
    return {
      database: dataDir,
      open: () => pgliteDriver({ dataDir }),
      cleanUp: async () => rmSync(dir, { recursive: true, force: true }),
    };
  },
  pg: async () => {
    if (!(await serverAvailable())) return undefined;
    return {
      database: serverUrl,
      open: () => pgDriver({ connectionString: serverUrl, max: 4 }),
      cleanUp: async () => undefined,
    };
  },
};

describe.each(['pglite', 'pg'] as const)('glia on %s', (kind) => {
  const schema = `glia_cli_${randomBytes(5).toString('hex')}`;
  let target: Target | undefined;
  const cli = async (args: readonly string[], answer?: string): Promise<Run> => {
    const { io, stdout, stderr } = testIo(answer === undefined ? {} : { answer });
    const code = await runCli([...args, '--database', (target as Target).database, '--schema', schema], io);
    return { code, stdout: stdout.text, stderr: stderr.text };
  };
  const app = async (work: Parameters<typeof runApp>[2]): Promise<void> => {
    const driver = (target as Target).open();
    try {
      await runApp(driver, schema, work);
    } finally {
      await driver.close();
    }
  };
  const stats = async (): Promise<Record<string, DeliveryStats>> => {
    const run = await cli(['outbox', 'status', '--json']);
    expect(run).toMatchObject({ code: ExitCode.ok, stderr: '' });
    return Object.fromEntries((JSON.parse(run.stdout) as DeliveryStats[]).map((s) => [s.handler, s]));
  };

  beforeAll(async () => {
    target = await targets[kind]();
  }, 30_000);
  afterAll(async () => {
    if (target === undefined) return;
    if (kind === 'pg') {
      const driver = target.open();
      await driver.exec(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await driver.close();
    }
    await target.cleanUp();
  }, 30_000);

  it('migrates, shows a failing handler as dead, retries it, and purges what completed', async () => {
    if (target === undefined) return;
    sink.broken = true;
    expect(await cli(['migrate'])).toMatchObject({
      code: ExitCode.ok,
      stdout: expect.stringContaining('Applied migrations 1, 2'),
    });
    expect((await cli(['migrate'])).stdout).toContain('up to date');
    await app({ add: 3 });

    expect(await stats()).toMatchObject({
      'cli.mailer': { pending: 0, dead: 3, completed: 0 },
      'cli.audit': { pending: 0, dead: 0, completed: 3 },
    });
    const table = await cli(['outbox', 'status']);
    expect(table.stdout).toMatch(/^HANDLER\s+PENDING\s+FAILED\s+DEAD\s+COMPLETED\s+OLDEST PENDING$/m);
    expect(table.stdout).toMatch(/^cli\.mailer\s+0\s+0\s+3\s+0\s+-$/m);

    const retried = await cli(['outbox', 'retry', '--dead', '--handler', 'cli.mailer', '--yes']);
    expect(retried).toMatchObject({
      code: ExitCode.ok,
      stdout: "Retried 3 dead deliveries of handler 'cli.mailer'.\n",
    });
    expect((await stats())['cli.mailer']).toMatchObject({ pending: 3, dead: 0 });

    sink.broken = false;
    await app({ until: async () => (await stats())['cli.mailer']?.completed === 3 });
    expect((await stats())['cli.mailer']).toMatchObject({ pending: 0, dead: 0, completed: 3 });

    const future = new Date(Date.now() + 60_000).toISOString();
    const declined = await cli(['outbox', 'purge', '--completed-before', future], 'n');
    expect(declined).toMatchObject({ code: ExitCode.failed, stderr: expect.stringContaining('Aborted') });
    const purged = await cli(['outbox', 'purge', '--completed-before', future, '--batch-size', '2'], 'y');
    expect(purged).toMatchObject({
      code: ExitCode.ok,
      stdout: 'Purged 6 completed deliveries, 3 domain events and 3 sent integration events.\n',
      stderr: expect.stringContaining(
        'Delete 6 completed deliveries, 3 domain events and 3 sent integration events from before',
      ),
    });
    expect((await cli(['outbox', 'status'])).stdout).toBe('No deliveries.\n');
    const again = await cli(['outbox', 'purge', '--completed-before', future, '--json']);
    expect(again.code).toBe(ExitCode.ok);
    expect(JSON.parse(again.stdout)).toEqual({ before: future, deliveries: 0, events: 0, messages: 0 });
  }, 60_000);

  it('retries only what died since the time given', async () => {
    if (target === undefined) return;
    sink.broken = true;
    await app({ add: 1, prefix: 'since' });
    const later = new Date(Date.now() + 60_000).toISOString();
    expect((await cli(['outbox', 'retry', '--dead', '--since', later, '--yes'])).stdout).toBe(
      'No dead deliveries match.\n',
    );
    expect((await cli(['outbox', 'retry', '--dead', '--since', '1h', '--yes'])).stdout).toBe(
      'Retried 1 dead delivery.\n',
    );
    // The event stays while its revived delivery is pending; its sent integration event goes.
    const purged = await cli(['outbox', 'purge', '--completed-before', later, '--json', '--yes']);
    expect(purged).toMatchObject({ code: ExitCode.ok, stderr: '' });
    expect(JSON.parse(purged.stdout)).toEqual({ before: later, deliveries: 1, events: 0, messages: 1 });
  }, 60_000);

  it('fails with exit code 4 and a clear message when the schema is missing', async () => {
    if (target === undefined) return;
    const { io, stderr } = testIo();
    const code = await runCli(['outbox', 'status', '--database', target.database, '--schema', 'glia_nothing_here'], io);
    expect(code).toBe(ExitCode.noSchema);
    expect(stderr.text).toContain("has no Glia schema 'glia_nothing_here': run 'glia migrate' first");
  }, 30_000);
});
