import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Logger } from '@glia/core';
import { PgDriver } from './pg-driver.js';
import { eventually } from '../../test/support/eventually.js';
import { databaseUrl, serverAvailable } from '../../test/support/test-database.js';

/** Keeps what was logged, to count the lines about one dropped connection. */
class RecordingLogger implements Logger {
  readonly lines: string[] = [];
  debug(): void {}
  info(message: string): void {
    this.lines.push(`info: ${message}`);
  }
  warn(message: string): void {
    this.lines.push(`warn: ${message}`);
  }
  error(message: string): void {
    this.lines.push(`error: ${message}`);
  }
}

// A server connection can be killed; PGlite's cannot, so this is pg only.
describe('PgDriver.listen [pg]', () => {
  let available = false;
  let driver: PgDriver;
  beforeAll(async () => {
    available = await serverAvailable();
    driver = new PgDriver({ connectionString: databaseUrl, max: 2 });
  });
  afterAll(() => driver.close());

  /** The server pids of the connections listening on `channel`. */
  async function listeners(channel: string): Promise<number[]> {
    const rows = await driver.query<{ pid: number }>(
      "SELECT pid FROM pg_stat_activity WHERE application_name = 'glia-listen' AND query = $1",
      [`LISTEN "${channel}"`],
    );
    return rows.map((r) => Number(r.pid));
  }

  it('reconnects after its connection is terminated, calls back once, and hears notifications again', async () => {
    if (!available) return;
    const channel = `glia_listen_spec_${process.pid}`;
    const logger = new RecordingLogger();
    let calls = 0;
    const unlisten = await driver.listen(channel, () => (calls += 1), { logger });
    const [before] = await listeners(channel);
    expect(before).toBeDefined();

    await driver.query('SELECT pg_terminate_backend($1)', [before]);
    await eventually(() => logger.lines.includes('info: LISTEN connection re-established'), 10_000, 'the reconnect');
    expect(calls).toBe(1);
    expect(logger.lines).toEqual([
      'warn: LISTEN connection lost; reconnecting, and polling meanwhile',
      'info: LISTEN connection re-established',
    ]);
    const after = await listeners(channel);
    expect(after).toHaveLength(1);
    expect(after).not.toContain(before);

    await driver.query(`NOTIFY "${channel}"`);
    await eventually(() => calls === 2, 5_000, 'the notification after the reconnect');
    await unlisten();
    expect(await listeners(channel)).toEqual([]);
  });
});
