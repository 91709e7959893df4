import { describe, expect, it } from '@jest/globals';
import { inject } from 'inversify';
import { TagRecorded } from '../../test/fixtures/tag-recorded.event.js';
import { Tally } from '../../test/fixtures/tally.aggregate.js';
import {
  DeliveryRunner,
  EventHandlerRegistry,
  GliaTelemetry,
  HandlesEvent,
  InjectRepository,
  UnitOfWork,
  createGlia,
  inMemoryPersistence,
  repositoryToken,
  silentLogger,
  type Delivery,
  type DeliveryFailure,
  type DomainEventHandler,
  type Repository,
  type Scope,
  type ScopeContext,
  type Transaction,
} from '../index.js';

const TRACEPARENT = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

@HandlesEvent(TagRecorded)
class Tags implements DomainEventHandler<TagRecorded> {
  readonly seen: string[] = [];
  async handle(event: TagRecorded): Promise<void> {
    this.seen.push(event.tag);
  }
}

function runner(): { run: DeliveryRunner; contexts: ScopeContext[]; handler: Tags; commits: () => number } {
  const registry = new EventHandlerRegistry();
  registry.register(Tags);
  const handler = new Tags();
  const contexts: ScopeContext[] = [];
  let commits = 0;
  const openScope = (context: ScopeContext): Scope => {
    contexts.push(context);
    const unitOfWork = { enlist: () => undefined, commit: async () => void (commits += 1) };
    return { get: () => handler, unitOfWork } as unknown as Scope;
  };
  // A telemetry on the global providers, none of which is registered in this test.
  return {
    run: new DeliveryRunner(registry, openScope, new GliaTelemetry()),
    contexts,
    handler,
    commits: () => commits,
  };
}

const delivery = (event: TagRecorded): Delivery => ({
  id: 'd-1',
  event,
  handler: 'Tags',
  status: 'pending',
  attempts: 0,
  availableAt: new Date(),
});

describe('DeliveryRunner without a tracer provider', () => {
  it('handles and commits, and the scope carries the trace context stored on the event', async () => {
    const { run, contexts, handler, commits } = runner();
    const event = new TagRecorded('red').withMetadata({ correlationId: 'c-1', traceparent: TRACEPARENT });
    await run.run(delivery(event));
    expect(handler.seen).toEqual(['red']);
    expect(commits()).toBe(1);
    expect(contexts).toEqual([{ correlationId: 'c-1', causationId: event.eventId, traceparent: TRACEPARENT }]);
  });

  it('correlates by the event id when the event has no correlation id, and adds no trace context', async () => {
    const { run, contexts } = runner();
    const event = new TagRecorded('blue');
    await run.run(delivery(event));
    expect(contexts).toEqual([{ correlationId: event.eventId, causationId: event.eventId }]);
  });
});

/** Echoes each tag onto tally `echo` and commits its unit of work itself, as some handlers do. */
@HandlesEvent(TagRecorded, { name: 'SelfCommitting' })
class SelfCommitting implements DomainEventHandler<TagRecorded> {
  constructor(
    @inject(UnitOfWork) private readonly unitOfWork: UnitOfWork,
    @InjectRepository(Tally) private readonly tallies: Repository<Tally>,
  ) {}
  async handle(event: TagRecorded): Promise<void> {
    if (event.aggregateId === 'echo') return;
    let echo = await this.tallies.find('echo');
    if (echo === undefined) this.tallies.add((echo = new Tally('echo')));
    echo.record(`echo of ${event.tag}`);
    await this.unitOfWork.commit();
  }
}

async function selfCommittingApp() {
  const persistence = inMemoryPersistence();
  const glia = await createGlia({
    persistence,
    aggregates: [Tally],
    eventHandlers: [SelfCommitting],
    retry: { maxAttempts: 3, initialDelayMs: 1 },
    logger: silentLogger,
  });
  const failures: DeliveryFailure[] = [];
  glia.onDeliveryFailure((failure) => void failures.push(failure));
  return { persistence, glia, failures };
}

describe('DeliveryRunner with a handler that commits its own unit of work', () => {
  it('does not commit it again, fail the delivery and retry it, so its events are saved once', async () => {
    const { persistence, glia, failures } = await selfCommittingApp();
    const scope = glia.openScope();
    const tally = new Tally('a');
    scope.get<Repository<Tally>>(repositoryToken(Tally)).add(tally);
    tally.record('x');
    await scope.unitOfWork.commit();
    await glia.drain();
    expect(failures.map((f) => f.error)).toEqual([]);
    expect(persistence.outbox.events.map((e) => `${e.aggregateId}: ${(e as TagRecorded).tag}`)).toEqual([
      'a: x',
      'echo: echo of x',
    ]);
    const deliveries = await glia.deliveries.list({ handler: 'SelfCommitting' });
    expect(deliveries.map((d) => [d.status, d.attempts])).toEqual([
      ['completed', 1],
      ['completed', 1],
    ]);
    await glia.close();
  });

  it('still writes the completion, once, in a transaction of its own', async () => {
    const { persistence, glia } = await selfCommittingApp();
    const runner = new DeliveryRunner(glia.eventHandlers, (context) => glia.openScope(context));
    const event = new TagRecorded('y').withMetadata({
      aggregateId: 'a',
      aggregateType: 'test.Tally',
      aggregateVersion: 1,
    });
    const completions: Transaction[] = [];
    await runner.run({ ...delivery(event), handler: 'SelfCommitting' }, async (tx) => {
      completions.push(tx);
    });
    expect(completions).toHaveLength(1);
    expect(persistence.outbox.events.map((e) => `${e.aggregateId}: ${(e as TagRecorded).tag}`)).toEqual([
      'echo: echo of y',
    ]);
    await glia.close();
  });
});
