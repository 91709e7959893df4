// A child process for the reliability tests: `worker` runs a delivery worker until SIGTERM;
// `commit-and-die` commits one command and SIGKILLs itself before anything is delivered.
import { createGlia, silentLogger } from '@glia/core';
// Imported by file, not from the index, so the children do not load PGlite.
import { pgDriver } from '../../../src/driver/pg-driver.js';
import { PostgresPersistence } from '../../../src/postgres-persistence.js';
import { OpenAccount, OpenAccountHandler } from '../../support/bank.js';
import { Account, accountMapper } from '../../support/fixtures.js';
import { EFFECT_SETTINGS, EffectHandler } from './effect.handler.js';

const [mode = 'worker', schema = 'glia', killRate = '0', leaseMs = '30000'] = process.argv.slice(2);

const persistence = new PostgresPersistence({
  driver: pgDriver({ max: 8 }),
  schema,
  migrate: false,
  // The dying committer runs no worker: other children alive at the same time would deliver its events.
  worker:
    mode === 'commit-and-die'
      ? false
      : { leaseMs: Number(leaseMs), pollIntervalMs: 100, batchSize: 32, concurrency: 4 },
});
const glia = await createGlia({
  persistence,
  aggregates: [{ aggregate: Account, mapper: accountMapper }],
  commandHandlers: [OpenAccountHandler],
  eventHandlers: [EffectHandler],
  logger: silentLogger,
});
glia.container.bind(EFFECT_SETTINGS).toConstantValue({ schema: `"${schema}"`, killRate: Number(killRate) });

if (mode === 'commit-and-die') {
  await glia.mediator.send(OpenAccount, { id: `died-${process.pid}`, owner: 'x' });
  // Right after the commit, before anything is delivered.
  process.kill(process.pid, 'SIGKILL');
} else {
  process.on('SIGTERM', () => {
    void glia.close().then(() => process.exit(0));
  });
  process.stdout.write('ready\n');
}
