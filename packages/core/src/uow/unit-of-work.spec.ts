import { describe, expect, it } from '@jest/globals';
import {
  ConcurrencyError,
  EventHandlerRegistry,
  GliaError,
  TrackingRepository,
  UnitOfWork,
  UnitOfWorkClosedError,
  type DomainEventHandler,
  type EventDispatcher,
} from '../index.js';
import { FaultyPersistence, InjectedFault, type FaultPlan } from '../../test/fixtures/faulty-persistence.js';
import { RecordingDispatcher } from '../../test/fixtures/recording-dispatcher.js';
import { TagRecorded } from '../../test/fixtures/tag-recorded.event.js';
import { Tally } from '../../test/fixtures/tally.aggregate.js';

class Kitchen implements DomainEventHandler<TagRecorded> {
  async handle(): Promise<void> {}
}
class Waiter implements DomainEventHandler<TagRecorded> {
  async handle(): Promise<void> {}
}

function setup(options: { plan?: FaultPlan; dispatcher?: EventDispatcher } = {}) {
  const persistence = new FaultyPersistence(options.plan ?? (() => undefined));
  const store = persistence.storeFor(Tally);
  const handlers = new EventHandlerRegistry();
  handlers.register(Kitchen, { events: [TagRecorded] });
  handlers.register(Waiter, { events: [TagRecorded] });
  const dispatcher = options.dispatcher ?? new RecordingDispatcher();
  const open = (): { unitOfWork: UnitOfWork; tallies: TrackingRepository<Tally> } => {
    const unitOfWork = new UnitOfWork({
      transactions: persistence.transactions,
      outbox: persistence.outbox,
      handlers,
      dispatcher,
      context: { correlationId: 'corr-1', causationId: 'cmd-1' },
    });
    return { unitOfWork, tallies: new TrackingRepository(store, unitOfWork) };
  };
  return { persistence, store, dispatcher, open };
}

const closedCode = UnitOfWorkClosedError.code;

describe('UnitOfWork', () => {
  it('saves every tracked aggregate and appends their events in one transaction', async () => {
    const { persistence, store, open } = setup();
    const seed = open();
    seed.tallies.add(new Tally('b'));
    await seed.unitOfWork.commit();
    expect(persistence.committed).toBe(1);

    const { unitOfWork, tallies } = open();
    const a = new Tally('a');
    tallies.add(a);
    a.record('x');
    (await tallies.get('b')).record('y');
    const result = await unitOfWork.commit();

    expect(persistence.committed).toBe(2);
    expect((await store.load('a'))?.version).toBe(1);
    expect((await store.load('b'))?.version).toBe(2);
    expect(persistence.inner.outbox.events.map((e) => [e.aggregateId, (e as TagRecorded).tag])).toEqual([
      ['a', 'x'],
      ['b', 'y'],
    ]);
    expect(result.deliveries.map((d) => [d.handler, d.event.aggregateId, d.status, d.attempts])).toEqual([
      ['Kitchen', 'a', 'pending', 0],
      ['Waiter', 'a', 'pending', 0],
      ['Kitchen', 'b', 'pending', 0],
      ['Waiter', 'b', 'pending', 0],
    ]);
    expect([a.version, a.getUncommittedEvents()]).toEqual([1, []]);
  });

  it('dispatches only after the transaction committed and the aggregates were cleared', async () => {
    const seen: Array<[number, number, number]> = [];
    const tally = new Tally('a');
    const { persistence, store, open } = setup({
      dispatcher: new RecordingDispatcher(() =>
        seen.push([persistence.inner.outbox.events.length, store.size, tally.getUncommittedEvents().length]),
      ),
    });
    const { unitOfWork, tallies } = open();
    tallies.add(tally);
    tally.record('x');
    tally.record('y');
    await unitOfWork.commit();
    expect(seen).toEqual([[2, 1, 0]]);
  });

  it.each(['append', 'commit'] as const)(
    'a commit failing at %s saves nothing and dispatches nothing',
    async (point) => {
      const { persistence, store, dispatcher, open } = setup({ plan: (batch) => (batch ? point : undefined) });
      const { unitOfWork, tallies } = open();
      const tally = new Tally('a');
      tallies.add(tally);
      tally.record('x');
      await expect(unitOfWork.commit()).rejects.toBeInstanceOf(InjectedFault);
      expect(persistence.faults).toEqual([point]);
      expect(store.size).toBe(0);
      expect(persistence.inner.outbox.events).toEqual([]);
      expect(await persistence.deliveries.list()).toEqual([]);
      expect((dispatcher as RecordingDispatcher).dispatched).toEqual([]);
      expect([tally.version, tally.getUncommittedEvents().length]).toEqual([0, 1]);
      await expect(unitOfWork.commit()).rejects.toMatchObject({ code: closedCode, state: 'failed' });
    },
  );

  it('a stale aggregate fails the whole commit with a ConcurrencyError and saves no other', async () => {
    const { store, dispatcher, open } = setup();
    const seed = open();
    seed.tallies.add(new Tally('b'));
    await seed.unitOfWork.commit();

    const slow = open();
    const staleB = await slow.tallies.get('b');
    const fast = open();
    (await fast.tallies.get('b')).record('first');
    await fast.unitOfWork.commit();

    const a = new Tally('a');
    slow.tallies.add(a);
    a.record('x');
    staleB.record('second');
    await expect(slow.unitOfWork.commit()).rejects.toBeInstanceOf(ConcurrencyError);
    expect(await store.load('a')).toBeUndefined();
    expect((await store.load('b'))?.tags).toEqual(['first']);
    expect((dispatcher as RecordingDispatcher).dispatched.map((d) => (d.event as TagRecorded).tag)).toEqual([
      'first',
      'first',
    ]);
  });

  it('is unusable after commit: commit, track and enlist throw GLIA.UNIT_OF_WORK_CLOSED', async () => {
    const { store, open } = setup();
    const { unitOfWork, tallies } = open();
    tallies.add(new Tally('a'));
    await unitOfWork.commit();
    const attempts: Array<() => unknown> = [
      () => unitOfWork.commit(),
      () => unitOfWork.track(new Tally('b'), store as never),
      () => unitOfWork.enlist(async () => undefined),
      () => tallies.add(new Tally('c')),
    ];
    for (const attempt of attempts) {
      let error: unknown;
      try {
        await attempt();
      } catch (e) {
        error = e;
      }
      expect(GliaError.is(error, closedCode)).toBe(true);
      expect(error).toMatchObject({ state: 'committed' });
    }
    expect(store.size).toBe(1);
  });

  it('orders the events of several aggregates by the order they were raised in', async () => {
    const { dispatcher, open } = setup();
    const { unitOfWork, tallies } = open();
    const [a, b, c] = [new Tally('a'), new Tally('b'), new Tally('c')];
    for (const tally of [c, b, a]) tallies.add(tally);
    a.record('1');
    b.record('2');
    a.record('3');
    c.record('4');
    b.record('5');
    const { events } = await unitOfWork.commit();
    expect(events.map((e) => (e as TagRecorded).tag)).toEqual(['1', '2', '3', '4', '5']);
    expect(events.map((e) => `${e.aggregateId}@${e.aggregateVersion}`)).toEqual(['a@1', 'b@1', 'a@2', 'c@1', 'b@2']);
    const kitchen = (dispatcher as RecordingDispatcher).dispatched.filter((d) => d.handler === 'Kitchen');
    expect(kitchen.map((d) => (d.event as TagRecorded).tag)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('stamps the scope correlation and causation ids on committed events', async () => {
    const { persistence, open } = setup();
    const { unitOfWork, tallies } = open();
    const tally = new Tally('a');
    tallies.add(tally);
    const raised = tally.record('x');
    const { events, deliveries } = await unitOfWork.commit();
    expect([events[0]?.correlationId, events[0]?.causationId, events[0]?.eventId]).toEqual([
      'corr-1',
      'cmd-1',
      raised.eventId,
    ]);
    expect(deliveries.every((d) => d.event.correlationId === 'corr-1')).toBe(true);
    expect(persistence.inner.outbox.events[0]?.causationId).toBe('cmd-1');
    expect(raised.correlationId).toBeUndefined();
  });

  it('runs no transaction when nothing changed, and saves a new aggregate without events at version 1', async () => {
    const { persistence, store, dispatcher, open } = setup();
    const seed = open();
    seed.tallies.add(new Tally('a'));
    await seed.unitOfWork.commit();
    expect((await store.load('a'))?.version).toBe(1);

    const idle = open();
    await idle.tallies.get('a');
    expect(idle.unitOfWork.hasChanges).toBe(false);
    expect(await idle.unitOfWork.commit()).toEqual({ events: [], deliveries: [] });
    expect(persistence.started).toBe(1);
    expect((dispatcher as RecordingDispatcher).dispatched).toEqual([]);
  });

  it('runs enlisted writes in the commit transaction: one failing rolls the aggregates back', async () => {
    const { persistence, store, open } = setup();
    const written: string[] = [];
    const ok = open();
    ok.unitOfWork.enlist(async () => {
      written.push('inbox record');
    });
    expect(ok.unitOfWork.hasChanges).toBe(true);
    await ok.unitOfWork.commit();
    expect([written, persistence.committed]).toEqual([['inbox record'], 1]);

    const failing = open();
    const tally = new Tally('a');
    failing.tallies.add(tally);
    tally.record('x');
    failing.unitOfWork.enlist(async () => {
      throw new Error('inbox is full');
    });
    await expect(failing.unitOfWork.commit()).rejects.toThrow('inbox is full');
    expect([store.size, persistence.inner.outbox.events.length]).toEqual([0, 0]);
  });

  it('an event raised while the commit awaits its transaction is refused, not silently dropped', async () => {
    const { store, open } = setup();
    const seed = open();
    seed.tallies.add(new Tally('idle'));
    await seed.unitOfWork.commit();
    const { unitOfWork, tallies } = open();
    const tally = new Tally('a');
    tallies.add(tally);
    tally.record('x');
    const idle = await tallies.get('idle');
    const committing = unitOfWork.commit();
    // A fire-and-forget call in a handler raising on tracked aggregates, changed or not, mid-commit.
    expect(() => tally.record('late')).toThrow(expect.objectContaining({ code: closedCode, state: 'committing' }));
    expect(() => idle.record('late')).toThrow(expect.objectContaining({ code: closedCode }));
    const { events } = await committing;
    expect(events.map((e) => (e as TagRecorded).tag)).toEqual(['x']);
    expect([tally.version, tally.getUncommittedEvents()]).toEqual([1, []]);
    expect([(await store.load('a'))?.version, (await store.load('a'))?.tags]).toEqual([1, ['x']]);
    // Once committed, the aggregates take events again (a new unit of work must save them).
    expect(tally.record('after').aggregateVersion).toBe(2);
    expect(idle.record('after').aggregateVersion).toBe(2);
  });

  it('a failed commit lets its aggregates raise events again and keeps the uncommitted ones', async () => {
    const { open } = setup({ plan: (batch) => (batch ? 'commit' : undefined) });
    const { unitOfWork, tallies } = open();
    const tally = new Tally('a');
    tallies.add(tally);
    tally.record('x');
    await expect(unitOfWork.commit()).rejects.toBeInstanceOf(InjectedFault);
    tally.record('y');
    expect(tally.getUncommittedEvents().map((e) => `${(e as TagRecorded).tag}@${e.aggregateVersion}`)).toEqual([
      'x@1',
      'y@2',
    ]);
  });

  it('refuses to track a second instance of an aggregate it already tracks', async () => {
    const { store, open } = setup();
    const seed = open();
    seed.tallies.add(new Tally('a'));
    await seed.unitOfWork.commit();
    const { unitOfWork, tallies } = open();
    const first = await tallies.get('a');
    expect(await tallies.get('a')).toBe(first);
    const other = (await store.load('a')) as Tally;
    expect(() => unitOfWork.track(other, store as never)).toThrow(
      expect.objectContaining({ code: 'GLIA.DUPLICATE_AGGREGATE' }),
    );
    await expect(tallies.get('missing')).rejects.toMatchObject({ code: 'GLIA.AGGREGATE_NOT_FOUND' });
  });
});
