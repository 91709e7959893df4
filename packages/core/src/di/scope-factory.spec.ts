import { describe, expect, it } from '@jest/globals';
import { Container, inject, injectable } from 'inversify';
import {
  HandlesEvent,
  InjectRepository,
  Scope,
  Tokens,
  UnitOfWork,
  createGlia,
  repositoryToken,
  silentLogger,
  type DomainEventHandler,
  type Repository,
  type ScopeContext,
} from '../index.js';
import { RecordTag } from '../../test/fixtures/record-tag.command.js';
import { RecordTagHandler } from '../../test/fixtures/record-tag.handler.js';
import { TagRecorded } from '../../test/fixtures/tag-recorded.event.js';
import { Tally } from '../../test/fixtures/tally.aggregate.js';

/** One resolution of a scoped service: which handler, which unit of work, which context. */
type Sighting = { readonly who: string; readonly unitOfWork: UnitOfWork; readonly context: ScopeContext };

@injectable()
class Sightings {
  readonly all: Sighting[] = [];
  readonly stamps: string[] = [];
}

/** A scoped collaborator of a handler: it shares the handler's unit of work and repositories. */
@injectable()
class AuditTrail {
  constructor(
    @inject(UnitOfWork) readonly unitOfWork: UnitOfWork,
    @InjectRepository(Tally) private readonly tallies: Repository<Tally>,
  ) {}
  async note(id: string, tag: string): Promise<void> {
    const tally = (await this.tallies.find(id)) ?? new Tally(id);
    if (tally.version === 0) this.tallies.add(tally);
    tally.record(tag);
  }
}

@HandlesEvent(TagRecorded)
class Auditor implements DomainEventHandler<TagRecorded> {
  constructor(
    @inject(UnitOfWork) private readonly unitOfWork: UnitOfWork,
    @inject(Tokens.ScopeContext) private readonly context: ScopeContext,
    @inject(AuditTrail) private readonly trail: AuditTrail,
    @inject(Sightings) private readonly sightings: Sightings,
  ) {}
  async handle(event: TagRecorded): Promise<void> {
    if (event.aggregateId?.startsWith('audit')) return;
    this.sightings.all.push({ who: `Auditor:${event.tag}`, unitOfWork: this.unitOfWork, context: this.context });
    this.sightings.all.push({
      who: `AuditTrail:${event.tag}`,
      unitOfWork: this.trail.unitOfWork,
      context: this.context,
    });
    await this.trail.note(`audit-${event.aggregateId ?? ''}`, event.tag);
  }
}

@HandlesEvent(TagRecorded)
class Counter implements DomainEventHandler<TagRecorded> {
  constructor(
    @inject(Scope) private readonly scope: Scope,
    @inject(Sightings) private readonly sightings: Sightings,
  ) {}
  async handle(event: TagRecorded): Promise<void> {
    if (event.aggregateId?.startsWith('audit')) return;
    this.sightings.all.push({
      who: `Counter:${event.tag}`,
      unitOfWork: this.scope.unitOfWork,
      context: this.scope.context,
    });
  }
}

@injectable()
class Clock {
  now(): string {
    return 'noon';
  }
}

/** Its dependency is declared by type only: resolved through the emitted decorator metadata. */
@HandlesEvent(TagRecorded)
class Timestamper implements DomainEventHandler<TagRecorded> {
  constructor(
    private readonly clock: Clock,
    @inject(Sightings) private readonly sightings: Sightings,
  ) {}
  async handle(event: TagRecorded): Promise<void> {
    this.sightings.stamps.push(`${event.tag}@${this.clock.now()}`);
  }
}

async function start(eventHandlers: Array<typeof Auditor | typeof Counter | typeof Timestamper>) {
  const container = new Container();
  const sightings = new Sightings();
  container.bind(Sightings).toConstantValue(sightings);
  container.bind(Clock).toSelf();
  container.bind(AuditTrail).toSelf();
  const glia = await createGlia({
    container,
    aggregates: [Tally],
    commandHandlers: [RecordTagHandler],
    eventHandlers,
    retry: { maxAttempts: 1 },
    logger: silentLogger,
  });
  const failures: unknown[] = [];
  glia.onDeliveryFailure((failure) => failures.push(failure.error));
  return { glia, sightings: sightings.all, stamps: sightings.stamps, failures };
}

describe('handlers resolved per scope', () => {
  it("a handler and its collaborators share the delivery's unit of work, which commits their changes", async () => {
    const { glia, sightings, failures } = await start([Auditor]);
    await glia.mediator.send(RecordTag, { id: 't-1', tag: 'a' });
    await glia.drain();
    expect(failures).toEqual([]);
    const [handler, trail] = sightings;
    expect([handler?.who, trail?.who]).toEqual(['Auditor:a', 'AuditTrail:a']);
    expect(trail?.unitOfWork).toBe(handler?.unitOfWork);
    const tallies = glia.openScope().get(repositoryToken(Tally));
    expect((await tallies.get('audit-t-1')).tags).toEqual(['a']);
  });

  it('gives every delivery a scope of its own: per handler and per event', async () => {
    const { glia, sightings } = await start([Auditor, Counter]);
    await glia.mediator.send(RecordTag, { id: 't-1', tag: 'a' }, { correlationId: 'req-1' });
    await glia.mediator.send(RecordTag, { id: 't-1', tag: 'b' }, { correlationId: 'req-2' });
    await glia.drain();
    const byWho = new Map(sightings.map((s) => [s.who, s]));
    const units = ['Auditor:a', 'Counter:a', 'Auditor:b', 'Counter:b'].map((who) => byWho.get(who)?.unitOfWork);
    expect(units.every((u) => u instanceof UnitOfWork)).toBe(true);
    expect(new Set(units).size).toBe(4);

    const events = (await glia.deliveries.list({ handler: 'Counter' }))
      .map((d) => d.event)
      .filter((e) => e.aggregateId === 't-1');
    expect(byWho.get('Counter:a')?.context).toEqual({ correlationId: 'req-1', causationId: events[0]?.eventId });
    expect(byWho.get('Counter:b')?.context).toEqual({ correlationId: 'req-2', causationId: events[1]?.eventId });
    expect(byWho.get('Auditor:a')?.context).toEqual(byWho.get('Counter:a')?.context);
  });

  it('resolves a class-typed constructor parameter without the test importing reflect-metadata', async () => {
    const { glia, stamps, failures } = await start([Timestamper]);
    await glia.mediator.send(RecordTag, { id: 't-1', tag: 'a' });
    await glia.drain();
    expect(failures).toEqual([]);
    expect(stamps).toEqual(['a@noon']);
    expect(await glia.deliveries.list({ status: 'completed' })).toHaveLength(1);
  });

  it('opens scopes of its own for scripts, each with its own unit of work', async () => {
    const { glia } = await start([]);
    const first = glia.openScope({ correlationId: 'job-1' });
    const second = glia.openScope();
    expect(first.unitOfWork).not.toBe(second.unitOfWork);
    expect(first.get(UnitOfWork)).toBe(first.unitOfWork);
    expect(first.get(Scope)).toBe(first);
    expect(first.context).toEqual({ correlationId: 'job-1' });
    expect(second.context.correlationId).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('ScopeFactory with a singleton-by-default container', () => {
  it('still gives every scope its own unit of work (regression: scoped services cached as singletons)', async () => {
    const glia = await createGlia({ container: new Container({ defaultScope: 'Singleton' }), logger: silentLogger });
    const first = glia.openScope();
    const second = glia.openScope();
    expect(first.get(UnitOfWork)).toBe(first.unitOfWork);
    expect(second.get(UnitOfWork)).toBe(second.unitOfWork);
    expect(second.get(UnitOfWork)).not.toBe(first.get(UnitOfWork));
  });
});
