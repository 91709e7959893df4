import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DeliveryStats } from '@glia/core';
import { DEFAULT_DATABASE_URL, pgDriver, pgliteDriver, type SqlDriver } from '@glia/postgres';
import { ExitCode, runCli, type StatusJson } from '../src/index.js';
import { testIo, type Run } from './support/capture.js';
import { receiver, runApp, sink } from './support/workload.js';

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
    expect((await cli(['outbox', 'status'])).stdout).toBe('No deliveries.\n\nIntegration events: all sent.\n');
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

  it('shows, lists and re-drives the integration events the receiver rejected for good', async () => {
    if (target === undefined) return;
    sink.broken = false;
    receiver.rejects.set('parked-0', 'HTTP 422: title is too long').set('parked-2', 'HTTP 413: too large');
    receiver.unroutable.add('parked-1');
    try {
      await app({ add: 3, prefix: 'parked' });
    } finally {
      receiver.rejects.clear();
      receiver.unroutable.clear();
    }
    const status = async (): Promise<StatusJson> => {
      const run = await cli(['outbox', 'status', '--json', '--integration-events']);
      expect(run).toMatchObject({ code: ExitCode.ok, stderr: '' });
      return JSON.parse(run.stdout) as StatusJson;
    };
    const integrationEvents = async (): Promise<StatusJson['integrationEvents']> => (await status()).integrationEvents;
    const both = await status();
    expect(both.integrationEvents).toEqual({ due: 0, deferred: 1, parked: 2, oldestUnsentAgeMs: expect.any(Number) });
    // `--json` alone still prints the bare handler array scripts read; here it is under its own key.
    expect(both.handlers.map((h) => h.handler)).toEqual(Object.keys(await stats()));
    expect((await cli(['outbox', 'status'])).stdout).toMatch(
      /^Integration events: 0 due, 1 deferred, 2 parked \(glia outbox parked\); oldest unsent \S+/m,
    );

    const table = await cli(['outbox', 'parked']);
    expect(table).toMatchObject({ code: ExitCode.ok, stderr: '' });
    expect(table.stdout).toMatch(/^ID\s+TYPE\s+SUBJECT\s+AGE\s+ATTEMPTS\s+REASON$/m);
    expect(table.stdout).toMatch(
      /^\S+\s+com\.example\.cli\.task\.added\.v1\s+parked-0\s+.+\s+1\s+HTTP 422: title is too long$/m,
    );
    expect(table.stdout).toMatch(
      /^\S+\s+com\.example\.cli\.task\.added\.v1\s+parked-2\s+.+\s+1\s+HTTP 413: too large$/m,
    );
    const first = await cli(['outbox', 'parked', '--limit', '1']);
    expect(first.stdout).not.toContain('parked-2');
    expect(first.stdout).toContain('… and 1 more (raise --limit).');
    const listed = JSON.parse((await cli(['outbox', 'parked', '--json'])).stdout) as Array<Record<string, unknown>>;
    expect(listed).toEqual([
      {
        id: expect.any(String),
        type: 'com.example.cli.task.added.v1',
        subject: 'parked-0',
        recordedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
        attempts: 1,
        reason: 'HTTP 422: title is too long',
      },
      expect.objectContaining({ subject: 'parked-2', reason: 'HTTP 413: too large' }),
    ]);
    const [rejected, tooLarge] = listed.map((m) => String(m['id']));

    // No terminal and no --yes: nothing changes.
    const refused = await cli(['outbox', 'retry', '--parked']);
    expect(refused).toMatchObject({ code: ExitCode.failed, stderr: expect.stringContaining('pass --yes') });
    const declined = await cli(['outbox', 'retry', '--parked', '--id', String(rejected)], 'n');
    expect(declined).toMatchObject({ code: ExitCode.failed, stderr: expect.stringContaining('Aborted') });
    expect(await integrationEvents()).toMatchObject({ due: 0, parked: 2 });

    // The receiver was fixed: re-drive one (an id that is not parked is named, not fatal), then the rest.
    const one = await cli(['outbox', 'retry', '--parked', '--id', String(rejected), '--id', 'no-such-id', '--yes']);
    expect(one).toEqual({
      code: ExitCode.ok,
      stdout: 'Re-drove 1 parked integration event: the relay sends it next.\n',
      stderr: 'Not parked (sent, pending or unknown): no-such-id\n',
    });
    expect(await integrationEvents()).toMatchObject({ due: 1, deferred: 1, parked: 1 });
    const rest = await cli(['outbox', 'retry', '--parked'], 'y');
    expect(rest).toMatchObject({
      code: ExitCode.ok,
      stdout: 'Re-drove 1 parked integration event: the relay sends it next.\n',
      stderr: expect.stringContaining('Re-drive 1 parked integration event? [y/N]'),
    });
    expect((await cli(['outbox', 'parked'])).stdout).toBe('No parked integration events.\n');
    expect((await cli(['outbox', 'retry', '--parked', '--id', String(tooLarge), '--yes'])).stdout).toBe(
      'No parked integration events match.\n',
    );

    // The app's relay sends them; the unroutable one waits for its next try.
    await app({});
    expect(await integrationEvents()).toEqual({
      due: 0,
      deferred: 1,
      parked: 0,
      oldestUnsentAgeMs: expect.any(Number),
    });
  }, 60_000);

  it('fails with exit code 4 and a clear message when the schema is missing', async () => {
    if (target === undefined) return;
    const { io, stderr } = testIo();
    const code = await runCli(['outbox', 'status', '--database', target.database, '--schema', 'glia_nothing_here'], io);
    expect(code).toBe(ExitCode.noSchema);
    expect(stderr.text).toContain("has no Glia schema 'glia_nothing_here': run 'glia migrate' first");
  }, 30_000);
});
