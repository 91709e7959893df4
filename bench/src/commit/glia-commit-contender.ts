import { randomUUID } from 'node:crypto';
import { createGlia, repositoryToken, silentLogger, type Repository } from '@glia/core';
import { postgresPersistence } from '@glia/postgres';
import { gliaHandlers } from '../dispatch/glia-handlers.js';
import { Pinger } from '../dispatch/pinger.aggregate.js';
import type { BenchDatabase } from '../durable/bench-database.js';
import { pingerRegistration } from '../durable/pinger-mapper.js';
import { Completion } from '../measure/completion.js';
import { HANDLERS, runClients, type CommitWorkload } from './commit-workload.js';
import { assertRowsWritten } from './row-counts.js';

/**
 * Glia's durable commit. Untimed: the tables are emptied and a Glia app is built over the shared
 * driver, with the delivery worker not started (`worker: false`), so no handler runs and no claim
 * competes with the commits. Timed, per commit: open a scope, add new `Pinger`s through the
 * repository, raise two events on each, `unitOfWork.commit()`.
 */
export async function gliaCommitSample(db: BenchDatabase, workload: CommitWorkload): Promise<number> {
  await db.truncate();
  const glia = await createGlia({
    persistence: postgresPersistence({
      driver: db.driver,
      schema: db.schema,
      migrate: false,
      ownsDriver: false,
      worker: false,
    }),
    aggregates: [pingerRegistration],
    eventHandlers: gliaHandlers(HANDLERS, new Completion(0)),
    logger: silentLogger,
  });
  const token = repositoryToken(Pinger);
  const prefix = randomUUID();

  const seconds = await runClients(workload, async (commit) => {
    const scope = glia.openScope();
    const repository = scope.get<Repository<Pinger>>(token);
    for (let k = 0; k < workload.aggregatesPerCommit; k += 1) {
      const pinger = new Pinger(`${prefix}-${commit}-${k}`);
      repository.add(pinger);
      pinger.ping();
      pinger.ping();
    }
    await scope.unitOfWork.commit();
  });

  await assertRowsWritten(db, workload, 'Glia commit');
  await glia.close();
  return workload.commits / seconds;
}
