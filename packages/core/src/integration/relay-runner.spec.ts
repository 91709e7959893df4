import { describe, expect, it } from '@jest/globals';
import { z } from 'zod';
import {
  AggregateRoot,
  AggregateType,
  DomainEvent,
  EventType,
  InMemoryInbox,
  InMemoryPersistence,
  InMemoryTransactionManager,
  IntegrationEventReceiver,
  IntegrationEventRouter,
  createGlia,
  defineIntegrationEvent,
  mapDomainEvent,
  type CloudEvent,
  type Glia,
  type IntegrationEventPublisher,
  type PublishResult,
} from '../index.js';

@EventType('relay-test.DoughRested.v1')
class DoughRested extends DomainEvent {
  constructor(readonly minutes: number) {
    super();
  }
}

@AggregateType('relay-test.Dough')
class Dough extends AggregateRoot {
  constructor(readonly id: string) {
    super();
  }
  rest(minutes: number): void {
    this.raiseEvent(new DoughRested(minutes));
  }
}

const DoughRestedV1 = defineIntegrationEvent({
  type: 'com.mariopizzeria.dough.rested.v1',
  source: '/kitchen',
  schema: z.object({ dough: z.string(), minutes: z.number().int() }),
});

const mappings = [
  mapDomainEvent(DoughRested, DoughRestedV1, (e) => ({ dough: e.aggregateId ?? '', minutes: e.minutes })),
];

/** Commits one `DoughRested` per minute value on dough `id`. */
async function rest(
  glia: Glia,
  persistence: InMemoryPersistence,
  id: string,
  minutes: readonly number[],
): Promise<void> {
  const dough = new Dough(id);
  for (const [i, m] of minutes.entries()) {
    const scope = glia.openScope();
    scope.unitOfWork.track(dough, persistence.storeFor(Dough), i === 0);
    dough.rest(m);
    await scope.unitOfWork.commit();
  }
}

/** A publisher that records what it was asked to publish and answers with `outcome`. */
class RecordingPublisher implements IntegrationEventPublisher {
  readonly published: CloudEvent[] = [];
  closed = false;
  constructor(private readonly outcome: (event: CloudEvent, call: number) => PublishResult['outcome']) {}
  async publish(events: readonly CloudEvent[]): Promise<readonly PublishResult[]> {
    return events.map((event) => {
      this.published.push(event);
      return { id: event.id, outcome: this.outcome(event, this.published.length) };
    });
  }
  async close(): Promise<void> {
    this.closed = true;
  }
}

describe('RelayRunner, started by createGlia', () => {
  it('delivers committed integration events in-process, in commit order, without being called', async () => {
    const received: number[] = [];
    const persistence = new InMemoryPersistence();
    const receiver = new IntegrationEventReceiver({
      name: 'bakery',
      router: new IntegrationEventRouter().on(DoughRestedV1, ({ minutes }) => void received.push(minutes)),
      inbox: new InMemoryInbox(),
      transactions: new InMemoryTransactionManager(),
    });
    const glia = await createGlia({
      persistence,
      aggregates: [Dough],
      integrationEvents: mappings,
      integration: { receivers: [receiver], relay: { pollIntervalMs: 60_000 } },
    });
    await rest(glia, persistence, 'd-1', [1, 2, 3]);
    await glia.relay?.idle();
    expect(received).toEqual([1, 2, 3]);
    expect(await persistence.outbox.pendingMessages(10)).toEqual([]);
    await glia.close();
  });

  it('publishes to the given publisher, marks confirmed events sent and closes the publisher on close', async () => {
    const persistence = new InMemoryPersistence();
    const publisher = new RecordingPublisher(() => 'confirmed');
    const glia = await createGlia({
      persistence,
      aggregates: [Dough],
      integrationEvents: mappings,
      integration: { publisher },
    });
    await rest(glia, persistence, 'd-1', [5, 6]);
    await glia.relay?.idle();
    expect(publisher.published.map((e) => e.data)).toEqual([
      { dough: 'd-1', minutes: 5 },
      { dough: 'd-1', minutes: 6 },
    ]);
    await glia.close();
    expect(publisher.closed).toBe(true);
    expect(glia.relay?.stats).toMatchObject({ confirmed: 2, returned: 0 });
  });

  it('keeps a returned event pending, reports it once and does not retry it in a hot loop', async () => {
    const persistence = new InMemoryPersistence();
    const reported: string[] = [];
    const publisher = new RecordingPublisher((event) =>
      (event.data as { minutes: number }).minutes === 1 ? 'returned' : 'confirmed',
    );
    const glia = await createGlia({
      persistence,
      aggregates: [Dough],
      integrationEvents: mappings,
      integration: { publisher, relay: { onUndelivered: (r) => reported.push(r.outcome) } },
    });
    await rest(glia, persistence, 'd-1', [1, 2]);
    for (let pass = 0; pass < 5; pass += 1) await glia.relay?.idle();
    expect(publisher.published.map((e) => (e.data as { minutes: number }).minutes)).toEqual([1, 2]);
    expect(reported).toEqual(['returned']);
    expect((await persistence.outbox.pendingMessages(10)).map((e) => e.data)).toEqual([{ dough: 'd-1', minutes: 1 }]);
    await glia.close();
  });

  it('backs off while publishing fails and sends everything once the broker is back', async () => {
    const persistence = new InMemoryPersistence();
    let brokerUp = false;
    let failures = 0;
    let sixFailures: () => void = () => undefined;
    const failedSixTimes = new Promise<void>((resolve) => (sixFailures = resolve));
    const publisher = new RecordingPublisher(() => (brokerUp ? 'confirmed' : 'failed'));
    const onUndelivered = (result: PublishResult): void => {
      if (result.outcome === 'failed' && ++failures === 6) sixFailures();
    };
    const glia = await createGlia({
      persistence,
      aggregates: [Dough],
      integrationEvents: mappings,
      integration: { publisher, relay: { maxBackoffMs: 20, onUndelivered } },
    });
    await rest(glia, persistence, 'd-1', [1, 2, 3]);
    await failedSixTimes;
    brokerUp = true;
    await glia.relay?.idle();
    expect(await persistence.outbox.pendingMessages(10)).toEqual([]);
    expect(glia.relay?.stats.confirmed).toBe(3);
    await glia.close();
  });
});
