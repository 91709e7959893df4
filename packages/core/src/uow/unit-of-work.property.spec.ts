import { afterAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { Container, inject, injectable } from 'inversify';
import { z } from 'zod';
import {
  ConcurrencyError,
  HandlesCommand,
  HandlesEvent,
  InjectRepository,
  createGlia,
  defineCommand,
  repositoryToken,
  silentLogger,
  type CommandHandler,
  type DomainEventHandler,
  type Repository,
} from '../index.js';
import { FaultyPersistence, InjectedFault, type FaultPoint } from '../../test/fixtures/faulty-persistence.js';
import { TagRecorded } from '../../test/fixtures/tag-recorded.event.js';
import { Tally } from '../../test/fixtures/tally.aggregate.js';

const MAX_ATTEMPTS = 3;

/** Records `events` tags on each tally; tags are `<command>#<tally>#<n>`, so every event names its command. */
const TagTallies = defineCommand(
  'test.TagTallies',
  z.object({
    command: z.string(),
    ids: z.array(z.string()).min(1),
    events: z.number().int().min(1),
    pause: z.boolean(),
  }),
);

@HandlesCommand(TagTallies)
class TagTalliesHandler implements CommandHandler<typeof TagTallies> {
  constructor(@InjectRepository(Tally) private readonly tallies: Repository<Tally>) {}
  async execute(input: z.output<typeof TagTallies.schema>): Promise<void> {
    for (const id of input.ids) {
      let tally = await this.tallies.find(id);
      if (tally === undefined) {
        tally = new Tally(id);
        this.tallies.add(tally);
      }
      if (input.pause) await new Promise<void>((resolve) => setImmediate(resolve));
      for (let n = 0; n < input.events; n += 1) tally.record(`${input.command}#${id}#${n}`);
    }
  }
}

const commandOf = (event: TagRecorded): string => event.tag.split('#')[0] as string;

/** What the handlers saw, and how often the flaky one must fail per command. */
@injectable()
class Ledger {
  readonly attempts: Array<{ handler: string; event: TagRecorded; ok: boolean }> = [];
  readonly flakyFailures = new Map<string, number>();
  private readonly tries = new Map<string, number>();
  attempt(handler: string, event: TagRecorded, failures: number): void {
    const n = (this.tries.get(`${handler}:${event.eventId}`) ?? 0) + 1;
    this.tries.set(`${handler}:${event.eventId}`, n);
    const ok = n > failures;
    this.attempts.push({ handler, event, ok });
    if (!ok) throw new Error(`${handler} fails attempt ${n} of ${event.tag}`);
  }
}

@HandlesEvent(TagRecorded)
class Steady implements DomainEventHandler<TagRecorded> {
  constructor(@inject(Ledger) private readonly ledger: Ledger) {}
  async handle(event: TagRecorded): Promise<void> {
    this.ledger.attempt('Steady', event, 0);
  }
}

@HandlesEvent(TagRecorded)
class Flaky implements DomainEventHandler<TagRecorded> {
  constructor(@inject(Ledger) private readonly ledger: Ledger) {}
  async handle(event: TagRecorded): Promise<void> {
    await Promise.resolve();
    this.ledger.attempt('Flaky', event, this.ledger.flakyFailures.get(commandOf(event)) ?? 0);
  }
}

type Command = {
  readonly ids: string[];
  readonly events: number;
  readonly pause: boolean;
  readonly fault: FaultPoint | 'none';
  readonly flakyFailures: number;
};
type Step = { readonly commands: Command[]; readonly drainAfter: boolean };

const command: fc.Arbitrary<Command> = fc.record({
  ids: fc.uniqueArray(fc.constantFrom('a', 'b', 'c'), { minLength: 1, maxLength: 2 }),
  events: fc.integer({ min: 1, max: 2 }),
  pause: fc.boolean(),
  fault: fc.oneof(
    { weight: 3, arbitrary: fc.constant('none' as const) },
    { weight: 1, arbitrary: fc.constantFrom('append' as const, 'commit' as const) },
  ),
  flakyFailures: fc.integer({ min: 0, max: MAX_ATTEMPTS + 1 }),
});
const scenario = fc.array(
  fc.record({ commands: fc.array(command, { minLength: 1, maxLength: 3 }), drainAfter: fc.boolean() }),
  { minLength: 1, maxLength: 5 },
);

const totals = {
  runs: 0,
  commands: 0,
  committed: 0,
  injected: 0,
  conflicts: 0,
  events: 0,
  handled: 0,
  retried: 0,
  dead: 0,
};

async function run(steps: Step[]): Promise<void> {
  const plans = new Map<string, Command>();
  const persistence = new FaultyPersistence((batch) => {
    const first = batch?.events[0];
    const fault = first instanceof TagRecorded ? plans.get(commandOf(first))?.fault : undefined;
    return fault === 'none' ? undefined : fault;
  });
  const ledger = new Ledger();
  const container = new Container();
  container.bind(Ledger).toConstantValue(ledger);
  const glia = await createGlia({
    container,
    persistence,
    aggregates: [Tally],
    commandHandlers: [TagTalliesHandler],
    eventHandlers: [Steady, Flaky],
    retry: { maxAttempts: MAX_ATTEMPTS, initialDelayMs: 1, maxDelayMs: 5, jitter: 0 },
    logger: silentLogger,
  });
  const failuresHeard: string[] = [];
  glia.onDeliveryFailure((f) => failuresHeard.push(f.delivery.event.eventId));

  const committed = new Set<string>();
  const failed = new Set<string>();
  for (const step of steps) {
    const sends = step.commands.map((c) => {
      const name = `c${plans.size}`;
      plans.set(name, c);
      ledger.flakyFailures.set(name, c.flakyFailures);
      const input = { command: name, ids: c.ids, events: c.events, pause: c.pause };
      return glia.mediator.send(TagTallies, input).then(
        () => ({ name, error: undefined as unknown }),
        (error: unknown) => ({ name, error }),
      );
    });
    for (const { name, error } of await Promise.all(sends)) {
      const plan = plans.get(name) as Command;
      if (error === undefined) {
        expect(plan.fault).toBe('none');
        committed.add(name);
        continue;
      }
      failed.add(name);
      // A command fails only by its injected fault or a lost race; never because a handler failed.
      if (error instanceof InjectedFault) {
        expect(error.point).toBe(plan.fault);
        totals.injected += 1;
      } else {
        expect(error).toBeInstanceOf(ConcurrencyError);
        expect(step.commands.length).toBeGreaterThan(1);
        totals.conflicts += 1;
      }
    }
    if (step.drainAfter) await glia.drain();
  }
  await glia.drain();

  // Exactly the events of committed commands were stored, with contiguous versions per tally.
  const stored = persistence.inner.outbox.events as TagRecorded[];
  const expected = [...committed].flatMap((name) => {
    const c = plans.get(name) as Command;
    return c.ids.flatMap((id) => Array.from({ length: c.events }, (_, n) => `${name}#${id}#${n}`));
  });
  expect(stored.map((e) => e.tag).sort()).toEqual(expected.sort());
  for (const id of ['a', 'b', 'c']) {
    const own = stored.filter((e) => e.aggregateId === id);
    expect(own.map((e) => e.aggregateVersion)).toEqual(own.map((_, i) => i + 1));
    const tally = await glia.openScope().get(repositoryToken(Tally)).find(id);
    expect(tally?.tags ?? []).toEqual(own.map((e) => e.tag));
  }

  // No handler ever saw an event of a failed commit.
  for (const { event } of ledger.attempts) expect(committed.has(commandOf(event))).toBe(true);
  expect(failed.size + committed.size).toBe(plans.size);

  // Every committed event reached every handler: once successfully, or dead after MAX_ATTEMPTS tries.
  const deliveries = await glia.deliveries.list();
  expect(deliveries).toHaveLength(stored.length * 2);
  for (const event of stored) {
    const failures = plans.get(commandOf(event))?.flakyFailures ?? 0;
    for (const handler of ['Steady', 'Flaky']) {
      const mine = ledger.attempts.filter((a) => a.handler === handler && a.event.eventId === event.eventId);
      const wanted = handler === 'Steady' ? 0 : failures;
      const delivery = deliveries.find((d) => d.handler === handler && d.event.eventId === event.eventId);
      if (wanted < MAX_ATTEMPTS) {
        expect(mine.map((a) => a.ok)).toEqual([...Array<boolean>(wanted).fill(false), true]);
        expect(delivery).toMatchObject({ status: 'completed', attempts: wanted + 1 });
        totals.handled += 1;
        if (wanted > 0) totals.retried += 1;
      } else {
        expect(mine.map((a) => a.ok)).toEqual(Array<boolean>(MAX_ATTEMPTS).fill(false));
        expect(delivery).toMatchObject({ status: 'dead', attempts: MAX_ATTEMPTS });
        expect(delivery?.lastError).toContain(`fails attempt ${MAX_ATTEMPTS}`);
        totals.dead += 1;
      }
    }
  }
  // Every failed attempt reached the failure listener.
  expect(failuresHeard).toHaveLength(ledger.attempts.filter((a) => !a.ok).length);
  // Each handler received the events of one tally in version order.
  for (const handler of ['Steady', 'Flaky']) {
    const firstSeen = ledger.attempts.filter((a) => a.handler === handler);
    const order = firstSeen.map((a) => a.event).filter((e, i, all) => all.indexOf(e) === i);
    for (const id of ['a', 'b', 'c']) {
      const versions = order.filter((e) => e.aggregateId === id).map((e) => e.aggregateVersion ?? 0);
      expect(versions).toEqual([...versions].sort((x, y) => x - y));
    }
  }
  totals.runs += 1;
  totals.commands += plans.size;
  totals.committed += committed.size;
  totals.events += stored.length;
}

describe('UnitOfWork properties', () => {
  afterAll(() => {
    console.log(
      `unit of work properties: ${totals.runs} runs, ${totals.commands} commands, ${totals.committed} committed, ` +
        `${totals.injected} injected commit failures, ${totals.conflicts} concurrency conflicts, ` +
        `${totals.events} events; deliveries: ${totals.handled} handled exactly once ` +
        `(${totals.retried} after retries), ${totals.dead} dead after ${MAX_ATTEMPTS} attempts`,
    );
  });

  it('never dispatches an event of a failed commit, and delivers every committed event to every handler exactly once', async () => {
    await fc.assert(fc.asyncProperty(scenario, run), { numRuns: 60 });
  });
});
