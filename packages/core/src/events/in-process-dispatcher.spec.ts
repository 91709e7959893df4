import { describe, expect, it } from '@jest/globals';
import { Container, inject, injectable } from 'inversify';
import {
  DeliveryFailureReporter,
  DeliveryRunner,
  EventHandlerRegistry,
  HandlesEvent,
  InProcessDispatcher,
  InjectRepository,
  ScopeFactory,
  createGlia,
  inMemoryPersistence,
  silentLogger,
  type Delivery,
  type DeliveryFailure,
  repositoryToken,
  type DomainEventHandler,
  type EventHandlerClass,
  type Logger,
  type Repository,
} from '../index.js';
import { RecordTag } from '../../test/fixtures/record-tag.command.js';
import { RecordTagHandler } from '../../test/fixtures/record-tag.handler.js';
import { TagRecorded } from '../../test/fixtures/tag-recorded.event.js';
import { Tally } from '../../test/fixtures/tally.aggregate.js';

const fast = { maxAttempts: 3, initialDelayMs: 1, maxDelayMs: 5, jitter: 0 };

/** What handlers did, shared through the container. */
@injectable()
class Journal {
  readonly entries: string[] = [];
  readonly attempts = new Map<string, number>();
  /** Counts an attempt of `handler` on `event` and returns its number. */
  attempt(handler: string, event: TagRecorded): number {
    const key = `${handler}:${event.eventId}`;
    const n = (this.attempts.get(key) ?? 0) + 1;
    this.attempts.set(key, n);
    return n;
  }
}

@HandlesEvent(TagRecorded)
class Recorder implements DomainEventHandler<TagRecorded> {
  constructor(@inject(Journal) private readonly journal: Journal) {}
  async handle(event: TagRecorded): Promise<void> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.journal.entries.push(`${event.aggregateId}:${event.tag}`);
  }
}

@HandlesEvent(TagRecorded)
class AlwaysFails implements DomainEventHandler<TagRecorded> {
  constructor(@inject(Journal) private readonly journal: Journal) {}
  async handle(event: TagRecorded): Promise<void> {
    this.journal.attempt('AlwaysFails', event);
    throw new Error('oven on fire');
  }
}

/** Fails the first attempt of every event, then records it. */
@HandlesEvent(TagRecorded, { name: 'kitchen.FailsOnce' })
class FailsOnce implements DomainEventHandler<TagRecorded> {
  constructor(@inject(Journal) private readonly journal: Journal) {}
  async handle(event: TagRecorded): Promise<void> {
    if (this.journal.attempt('FailsOnce', event) === 1) throw new Error(`not yet: ${event.tag}`);
    this.journal.entries.push(`once:${event.tag}`);
  }
}

/** Reacts to a tag by recording an echo on another tally, through its own unit of work. */
@HandlesEvent(TagRecorded)
class Echo implements DomainEventHandler<TagRecorded> {
  constructor(@InjectRepository(Tally) private readonly tallies: Repository<Tally>) {}
  async handle(event: TagRecorded): Promise<void> {
    if (event.tag.startsWith('echo:')) return;
    const id = `echo-${event.aggregateId ?? ''}`;
    let tally = await this.tallies.find(id);
    if (tally === undefined) {
      tally = new Tally(id);
      this.tallies.add(tally);
    }
    tally.record(`echo:${event.tag}`);
  }
}

async function start(eventHandlers: EventHandlerClass[], options: { logger?: Logger; listen?: boolean } = {}) {
  const container = new Container();
  const journal = new Journal();
  container.bind(Journal).toConstantValue(journal);
  const glia = await createGlia({
    container,
    aggregates: [Tally],
    commandHandlers: [RecordTagHandler],
    eventHandlers,
    retry: fast,
    logger: options.logger ?? silentLogger,
  });
  const failures: DeliveryFailure[] = [];
  if (options.listen ?? true) glia.onDeliveryFailure((failure) => failures.push(failure));
  return { glia, journal, failures };
}

describe('InProcessDispatcher', () => {
  it('retries a failing handler up to maxAttempts, then records it dead with its error', async () => {
    const { glia, journal, failures } = await start([AlwaysFails, Recorder]);
    await expect(glia.mediator.send(RecordTag, { id: 't-1', tag: 'a' })).resolves.toBe(1);
    await glia.drain();

    expect([...journal.attempts.values()]).toEqual([3]);
    const [dead, ...more] = await glia.deliveries.list({ handler: 'AlwaysFails' });
    expect(more).toEqual([]);
    expect(dead).toMatchObject({ status: 'dead', attempts: 3, lastError: 'Error: oven on fire' });
    expect(dead?.finishedAt).toBeInstanceOf(Date);
    expect(failures.map((f) => [f.delivery.handler, f.attempt, f.willRetry, f.nextAttemptAt !== undefined])).toEqual([
      ['AlwaysFails', 1, true, true],
      ['AlwaysFails', 2, true, true],
      ['AlwaysFails', 3, false, false],
    ]);
    expect(failures.every((f) => (f.error as Error).message === 'oven on fire')).toBe(true);
    expect(failures.map((f) => f.delivery.attempts)).toEqual([0, 1, 2]);
  });

  it("follows a handler's own retry policy over the dispatcher's", async () => {
    @HandlesEvent(TagRecorded, { name: 'kitchen.GivesUp', retry: { maxAttempts: 1 } })
    class GivesUp implements DomainEventHandler<TagRecorded> {
      async handle(): Promise<void> {
        throw new Error('no second chances');
      }
    }
    const { glia, failures } = await start([GivesUp]);
    await glia.mediator.send(RecordTag, { id: 't-1', tag: 'a' });
    await glia.drain();
    expect(failures.map((f) => [f.attempt, f.willRetry])).toEqual([[1, false]]);
    expect(await glia.deliveries.list()).toEqual([
      expect.objectContaining({ status: 'dead', attempts: 1, lastError: 'Error: no second chances' }),
    ]);
  });

  it('delivers dead deliveries again once retried by hand', async () => {
    @HandlesEvent(TagRecorded)
    class Repaired implements DomainEventHandler<TagRecorded> {
      constructor(@inject(Journal) private readonly journal: Journal) {}
      async handle(event: TagRecorded): Promise<void> {
        if (this.journal.attempt('Repaired', event) <= fast.maxAttempts) throw new Error('still broken');
        this.journal.entries.push(`repaired:${event.tag}`);
      }
    }
    const { glia, journal } = await start([Repaired, Recorder]);
    await glia.mediator.send(RecordTag, { id: 't-1', tag: 'a' });
    await glia.drain();
    expect((await glia.deliveries.list({ status: 'dead' })).map((d) => d.handler)).toEqual(['Repaired']);

    const revived = await glia.retryDead({ handler: 'Repaired' });
    await glia.drain();
    expect(revived.map((d) => [d.handler, d.status, d.attempts])).toEqual([['Repaired', 'pending', 0]]);
    expect(journal.entries).toEqual(['t-1:a', 'repaired:a']);
    expect((await glia.deliveries.list()).map((d) => d.status)).toEqual(['completed', 'completed']);
  });

  it('marks a handler that cannot be resolved dead at once, without retrying', async () => {
    class Unbound {}
    @HandlesEvent(TagRecorded, { name: 'kitchen.NeedsUnbound' })
    class NeedsUnbound implements DomainEventHandler<TagRecorded> {
      constructor(@inject(Unbound) readonly unbound: Unbound) {}
      async handle(): Promise<void> {}
    }
    const { glia, journal, failures } = await start([NeedsUnbound, Recorder]);
    await glia.mediator.send(RecordTag, { id: 't-1', tag: 'a' });
    await glia.drain();
    expect(failures.map((f) => [f.attempt, f.willRetry, (f.error as { code?: string }).code])).toEqual([
      [1, false, 'GLIA.HANDLER_UNRESOLVABLE'],
    ]);
    const [dead] = await glia.deliveries.list({ handler: 'kitchen.NeedsUnbound' });
    expect(dead).toMatchObject({ status: 'dead', attempts: 1 });
    expect(dead?.lastError).toMatch(
      /^GLIA\.HANDLER_UNRESOLVABLE: Handler 'kitchen\.NeedsUnbound' could not be resolved/,
    );
    expect(journal.entries).toEqual(['t-1:a']);
  });

  it('never fails the command nor the other handlers', async () => {
    const { glia, journal } = await start([AlwaysFails, Recorder, FailsOnce]);
    await glia.mediator.send(RecordTag, { id: 't-1', tag: 'a' });
    await glia.mediator.send(RecordTag, { id: 't-1', tag: 'b' });
    await glia.drain();
    expect(journal.entries.filter((e) => e.startsWith('t-1'))).toEqual(['t-1:a', 't-1:b']);
    expect(journal.entries.filter((e) => e.startsWith('once'))).toEqual(['once:a', 'once:b']);
    const status = async (handler: string) => (await glia.deliveries.list({ handler })).map((d) => d.status);
    expect(await status('Recorder')).toEqual(['completed', 'completed']);
    expect(await status('kitchen.FailsOnce')).toEqual(['completed', 'completed']);
    expect(await status('AlwaysFails')).toEqual(['dead', 'dead']);
    expect((await glia.deliveries.list({ handler: 'kitchen.FailsOnce' })).map((d) => d.attempts)).toEqual([2, 2]);
  });

  it('delivers to each handler in commit order, retries included', async () => {
    const { glia, journal } = await start([FailsOnce, Recorder]);
    const commits = [
      ['t-1', 'a'],
      ['t-2', 'b'],
      ['t-1', 'c'],
      ['t-2', 'd'],
      ['t-1', 'e'],
    ] as const;
    for (const [id, tag] of commits) await glia.mediator.send(RecordTag, { id, tag });
    await glia.drain();
    expect(journal.entries.filter((e) => e.startsWith('t-'))).toEqual(commits.map(([id, tag]) => `${id}:${tag}`));
    expect(journal.entries.filter((e) => e.startsWith('once:'))).toEqual(commits.map(([, tag]) => `once:${tag}`));
  });

  it("commits events raised by a handler through the handler's own unit of work and dispatches them", async () => {
    const { glia, journal } = await start([Echo, Recorder]);
    await glia.mediator.send(RecordTag, { id: 't-1', tag: 'a' }, { correlationId: 'req-1' });
    await glia.drain();
    expect(journal.entries).toEqual(['t-1:a', 'echo-t-1:echo:a']);

    const scope = glia.openScope();
    const echo = await scope.get(repositoryToken(Tally)).get('echo-t-1');
    expect([echo.version, echo.tags]).toEqual([1, ['echo:a']]);
    const deliveries = await glia.deliveries.list({ handler: 'Recorder' });
    const [original, echoed] = deliveries.map((d) => d.event);
    expect(echoed?.correlationId).toBe('req-1');
    expect(echoed?.causationId).toBe(original?.eventId);
    expect(deliveries.map((d) => d.status)).toEqual(['completed', 'completed']);
  });

  it('logs every failure when nobody listens, and only deaths when someone does', async () => {
    const logged: string[] = [];
    const logger: Logger = {
      ...silentLogger,
      warn: (message) => logged.push(`warn: ${message}`),
      error: (message) => logged.push(`error: ${message}`),
    };
    const unheard = await start([AlwaysFails], { logger, listen: false });
    await unheard.glia.mediator.send(RecordTag, { id: 't-1', tag: 'a' });
    await unheard.glia.drain();
    expect(logged).toEqual([
      'warn: Delivery attempt failed; will retry',
      'warn: Delivery attempt failed; will retry',
      'error: Delivery is dead after its last attempt',
    ]);

    logged.length = 0;
    const heard = await start([AlwaysFails], { logger });
    await heard.glia.mediator.send(RecordTag, { id: 't-1', tag: 'a' });
    await heard.glia.drain();
    expect(heard.failures).toHaveLength(3);
    expect(logged).toEqual(['error: Delivery is dead after its last attempt']);
  });

  it('reports to every listener even when one throws, and logs the throw', async () => {
    const logged: string[] = [];
    const logger: Logger = { ...silentLogger, error: (message) => logged.push(message) };
    const { glia, journal } = await start([AlwaysFails, Recorder], { logger });
    const heard: number[] = [];
    glia.onDeliveryFailure(() => {
      throw new Error('listener bug');
    });
    const unsubscribe = glia.onDeliveryFailure((f) => heard.push(f.attempt));
    await glia.mediator.send(RecordTag, { id: 't-1', tag: 'a' });
    await glia.drain();
    expect(heard).toEqual([1, 2, 3]);
    expect(logged.filter((m) => m === 'A delivery failure listener threw')).toHaveLength(3);
    expect(journal.entries).toEqual(['t-1:a']);

    unsubscribe();
    await glia.mediator.send(RecordTag, { id: 't-1', tag: 'b' });
    await glia.drain();
    expect(heard).toEqual([1, 2, 3]);
  });

  it('waits the backoff of the retry policy between attempts', async () => {
    const persistence = inMemoryPersistence();
    const root = new Container();
    const journal = new Journal();
    root.bind(Journal).toConstantValue(journal);
    root.bind(AlwaysFails).toSelf();
    const handlers = new EventHandlerRegistry();
    handlers.register(AlwaysFails);
    const slept: number[] = [];
    const ref: { dispatcher?: InProcessDispatcher } = {};
    const scopes = new ScopeFactory({
      root,
      transactions: persistence.transactions,
      outbox: persistence.outbox,
      handlers,
      repositories: new Map(),
      dispatcher: () => ref.dispatcher as InProcessDispatcher,
    });
    ref.dispatcher = new InProcessDispatcher({
      runner: new DeliveryRunner(handlers, (context) => scopes.open(context)),
      handlers,
      deliveries: persistence.deliveries,
      retry: { maxAttempts: 5, initialDelayMs: 10, factor: 2, maxDelayMs: 25, jitter: 0 },
      logger: silentLogger,
      failures: new DeliveryFailureReporter(silentLogger),
      sleep: async (ms) => {
        slept.push(ms);
      },
    });
    const event = new TagRecorded('a');
    const delivery: Delivery = {
      id: 'd-1',
      event,
      handler: 'AlwaysFails',
      status: 'pending',
      attempts: 0,
      availableAt: new Date(),
    };
    await persistence.transactions.run((tx) =>
      persistence.outbox.append(tx, { events: [event], deliveries: [delivery] }),
    );
    ref.dispatcher.dispatch([delivery]);
    await ref.dispatcher.drain();
    expect(slept).toEqual([10, 20, 25, 25]);
    expect(await persistence.deliveries.list()).toEqual([expect.objectContaining({ status: 'dead', attempts: 5 })]);
  });
});
