import { describe, expect, it } from '@jest/globals';
import { TagRecorded } from '../../test/fixtures/tag-recorded.event.js';
import {
  DeliveryRunner,
  EventHandlerRegistry,
  GliaTelemetry,
  HandlesEvent,
  type Delivery,
  type DomainEventHandler,
  type Scope,
  type ScopeContext,
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
