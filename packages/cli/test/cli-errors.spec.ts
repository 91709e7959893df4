import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ExitCode, renderMessageStats, renderStatus, runCli } from '../src/index.js';
import { testIo } from './support/capture.js';

async function run(args: readonly string[], env: Record<string, string> = {}) {
  const { io, stdout, stderr } = testIo({ env });
  const code = await runCli(args, io);
  return { code, stdout: stdout.text, stderr: stderr.text };
}

describe('glia errors', () => {
  it('exits 2 and names the flag for an unknown flag', async () => {
    const result = await run(['outbox', 'status', '--colour']);
    expect(result.code).toBe(ExitCode.usage);
    expect(result.stderr).toContain("unknown option '--colour'");
  });

  it('exits 2 for an unparsable time and for a missing database', async () => {
    const time = await run(['outbox', 'purge', '--completed-before', 'last tuesday', '--database', '/nowhere']);
    expect(time).toMatchObject({ code: ExitCode.usage, stderr: expect.stringContaining("'last tuesday' is neither") });
    const none = await run(['outbox', 'status']);
    expect(none).toMatchObject({ code: ExitCode.usage, stderr: expect.stringContaining('set DATABASE_URL') });
  });

  it('exits 2 when retry is not asked for dead deliveries', async () => {
    const result = await run(['outbox', 'retry', '--database', '/nowhere']);
    expect(result).toMatchObject({ code: ExitCode.usage, stderr: expect.stringContaining('pass --dead') });
  });

  it('exits 2 for retry flags that mix dead deliveries and parked integration events', async () => {
    const usage = async (args: readonly string[], message: string): Promise<void> => {
      const result = await run(['outbox', 'retry', ...args, '--database', '/nowhere']);
      expect(result).toMatchObject({ code: ExitCode.usage, stderr: expect.stringContaining(message) });
    };
    await usage(['--dead', '--parked'], 'pass one of them, not both');
    await usage(['--parked', '--handler', 'cli.mailer'], '--handler picks dead deliveries, not parked events');
    await usage(['--parked', '--since', '1h'], '--since picks dead deliveries');
    await usage(['--parked', '--limit', '5'], '--limit picks dead deliveries');
    await usage(['--dead', '--id', 'abc'], '--id picks parked integration events: pass --parked');
    await usage(['--id', 'abc'], 'pass --dead or --parked');
    await usage(['--parked', '--id'], "option '--id <ids...>' argument missing");
    const limit = await run(['outbox', 'parked', '--limit', '0', '--database', '/nowhere']);
    expect(limit).toMatchObject({
      code: ExitCode.usage,
      stderr: expect.stringContaining("'0' is not a positive integer"),
    });
  });

  it('exits 3 for a URL that is not PostgreSQL, a server that does not answer, and a missing PGlite directory', async () => {
    const mysql = await run(['outbox', 'status'], { DATABASE_URL: 'mysql://root@localhost/db' });
    expect(mysql).toMatchObject({
      code: ExitCode.unreachable,
      stderr: expect.stringContaining("'mysql://' is not a PostgreSQL URL"),
    });
    const closed = await run(['outbox', 'status', '--database', 'postgres://nobody:secret@127.0.0.1:1/db']);
    expect(closed).toMatchObject({
      code: ExitCode.unreachable,
      stderr: expect.stringContaining('Cannot connect to postgres://nobody:***@127.0.0.1:1/db'),
    });
    const dir = mkdtempSync(join(tmpdir(), 'glia-cli-missing-'));
    rmSync(dir, { recursive: true });
    const missing = await run(['outbox', 'status', '--database', dir]);
    expect(missing).toMatchObject({
      code: ExitCode.unreachable,
      stderr: expect.stringContaining('There is no PGlite database'),
    });
  });

  it('prints help with exit code 0', async () => {
    const result = await run(['outbox', '--help']);
    expect(result.code).toBe(ExitCode.ok);
    expect(result.stdout).toContain('status');
    expect(result.stdout).toContain('purge');
  });

  it('renders the status table with a total line', () => {
    const text = renderStatus([
      { handler: 'kitchen.notify', pending: 2, failed: 1, dead: 0, completed: 10, oldestPendingAgeMs: 72_000 },
      { handler: 'sales.record', pending: 0, failed: 0, dead: 3, completed: 7 },
    ]);
    expect(text.split('\n')).toEqual([
      'HANDLER         PENDING  FAILED  DEAD  COMPLETED  OLDEST PENDING',
      'kitchen.notify        2       1     0         10  1m 12s',
      'sales.record          0       0     3          7  -',
      'TOTAL                 2       1     3         17  1m 12s',
      '',
    ]);
  });

  it('sums up the integration events not yet sent in one line', () => {
    expect(renderMessageStats({ due: 4, deferred: 1, parked: 2, oldestUnsentAgeMs: 182_000 })).toBe(
      'Integration events: 4 due, 1 deferred, 2 parked (glia outbox parked); oldest unsent 3m 2s\n',
    );
    expect(renderMessageStats({ due: 0, deferred: 0, parked: 3 })).toBe(
      'Integration events: 0 due, 0 deferred, 3 parked (glia outbox parked)\n',
    );
    expect(renderMessageStats({ due: 0, deferred: 0, parked: 0 })).toBe('Integration events: all sent.\n');
  });
});
