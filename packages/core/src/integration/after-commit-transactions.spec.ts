import { describe, expect, it } from '@jest/globals';
import {
  AfterCommitTransactions,
  EventHandlerRegistry,
  TrackingRepository,
  UnitOfWork,
  inMemoryPersistence,
  type Logger,
} from '../index.js';
import { RecordingDispatcher } from '../../test/fixtures/recording-dispatcher.js';
import { Tally } from '../../test/fixtures/tally.aggregate.js';

function recordingLogger(): Logger & { readonly errors: Array<[string, unknown]> } {
  const errors: Array<[string, unknown]> = [];
  const ignore = (): void => undefined;
  return {
    errors,
    debug: ignore,
    info: ignore,
    warn: ignore,
    error: (message, fields) => errors.push([message, fields]),
  };
}

describe('AfterCommitTransactions', () => {
  it('a throwing after-commit callback is logged and does not turn a committed unit of work into a failure', async () => {
    const persistence = inMemoryPersistence();
    const logger = recordingLogger();
    const transactions = new AfterCommitTransactions(persistence.transactions, logger);
    const unitOfWork = new UnitOfWork({
      transactions,
      outbox: persistence.outbox,
      handlers: new EventHandlerRegistry(),
      dispatcher: new RecordingDispatcher(),
      context: { correlationId: 'c-1' },
    });
    const tally = new Tally('t-1');
    new TrackingRepository(persistence.storeFor(Tally), unitOfWork).add(tally);
    tally.record('x');
    const called: string[] = [];
    unitOfWork.enlist(async (tx) => {
      transactions.afterCommit(tx, () => {
        throw new Error('relay wake-up broke');
      });
      transactions.afterCommit(tx, () => void called.push('second'));
    });

    const { events } = await unitOfWork.commit();

    expect(unitOfWork.state).toBe('committed');
    expect(events).toHaveLength(1);
    expect([tally.version, tally.getUncommittedEvents()]).toEqual([1, []]);
    expect((await persistence.storeFor(Tally).load('t-1'))?.tags).toEqual(['x']);
    expect(called).toEqual(['second']);
    expect(logger.errors).toEqual([[expect.stringContaining('after-commit'), { error: 'Error: relay wake-up broke' }]]);
  });

  it('logs an async callback that rejects, and survives a logger that throws', async () => {
    const persistence = inMemoryPersistence();
    const logger = recordingLogger();
    const transactions = new AfterCommitTransactions(persistence.transactions, logger);
    let rejected!: Promise<void>;
    await transactions.run(async (tx) => {
      transactions.afterCommit(tx, () => {
        rejected = Promise.reject(new Error('late'));
        return rejected as unknown as void;
      });
    });
    await rejected.catch(() => undefined);
    await new Promise<void>((resolve) => setImmediate(resolve));
    expect(logger.errors.map(([, fields]) => fields)).toEqual([{ error: expect.stringContaining('late') }]);

    const throwing = new AfterCommitTransactions(persistence.transactions, {
      ...logger,
      error: () => {
        throw new Error('logger down');
      },
    });
    await expect(
      throwing.run(async (tx) => {
        throwing.afterCommit(tx, () => {
          throw new Error('callback');
        });
        return 'committed';
      }),
    ).resolves.toBe('committed');
  });
});
