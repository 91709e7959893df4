import { expect } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { MeterProvider, MetricReader } from '@opentelemetry/sdk-metrics';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
  type ReadableSpan,
} from '@opentelemetry/sdk-trace-base';
import {
  CLOUDEVENTS_SPEC_VERSION,
  GliaTelemetry,
  HandlesEvent,
  type CloudEvent,
  type Delivery,
  type DomainEventHandler,
  type EventMetadata,
} from '@glia/core';
import { bank, OpenAccount } from '../../test/support/bank.js';
import { eventually } from '../../test/support/eventually.js';
import { Account, AccountOpened } from '../../test/support/fixtures.js';
import { describeDrivers } from '../../test/support/test-database.js';
import { UnknownStoredEvent } from './stored-event.js';

function cloudEvent(subject: string): CloudEvent {
  return {
    specversion: CLOUDEVENTS_SPEC_VERSION,
    id: randomUUID(),
    source: '/tests',
    type: 'com.example.account.opened.v1',
    subject,
    data: { owner: 'Ada', at: '2024-01-01T00:00:00.000Z' },
  };
}

/** A handler the durable worker runs; it does nothing, its span is what the trace test looks at. */
@HandlesEvent(AccountOpened, { name: 'outbox-spec.traced' })
class Traced implements DomainEventHandler<AccountOpened> {
  async handle(): Promise<void> {}
}

function tracing(): { exporter: InMemorySpanExporter; telemetry: GliaTelemetry } {
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  return { exporter, telemetry: new GliaTelemetry({ tracerProvider: provider }) };
}

// Collects only when the test asks.
class OnDemandReader extends MetricReader {
  protected async onForceFlush(): Promise<void> {}
  protected async onShutdown(): Promise<void> {}
}

const spanNamed = (spans: readonly ReadableSpan[], name: string): ReadableSpan | undefined =>
  spans.find((s) => s.name === name);

function opened(id: string): { event: AccountOpened; delivery: Delivery } {
  const account = Account.open(id, 'Ada', new Date('2024-01-01T00:00:00.000Z'));
  const event = account.getUncommittedEvents()[0] as AccountOpened;
  const delivery: Delivery = {
    id: randomUUID(),
    event,
    handler: 'outbox-spec.h',
    status: 'pending',
    attempts: 0,
    availableAt: new Date(),
  };
  return { event, delivery };
}

describeDrivers('PostgresOutbox', (db, test) => {
  test('stores events, deliveries and integration events only if the transaction commits', async () => {
    const { outbox, transactions } = db.persistence({ worker: false, events: [AccountOpened] });
    const kept = opened('ob-1');
    const lost = opened('ob-2');
    const keptMessage = cloudEvent('ob-1');
    await transactions.run((tx) =>
      outbox.append(tx, { events: [kept.event], deliveries: [kept.delivery], messages: [keptMessage] }),
    );
    const failed = transactions.run(async (tx) => {
      await outbox.append(tx, { events: [lost.event], deliveries: [lost.delivery], messages: [cloudEvent('ob-2')] });
      throw new Error('rolled back');
    });
    await expect(failed).rejects.toThrow('rolled back');

    const listed = await outbox.list({ handler: 'outbox-spec.h' });
    expect(listed.map((d) => d.id)).toEqual([kept.delivery.id]);
    expect(listed[0]?.event).toBeInstanceOf(AccountOpened);
    expect(listed[0]?.event).toEqual(kept.event);
    expect(await outbox.pendingMessages(10)).toEqual([keptMessage]);
    await outbox.markMessagesSent([keptMessage.id]);
    expect(await outbox.pendingMessages(10)).toEqual([]);
  });

  test('lists deliveries of event types unknown to this process without failing', async () => {
    const writer = db.persistence({ worker: false });
    const { event, delivery } = opened('ob-3');
    await writer.transactions.run((tx) =>
      writer.outbox.append(tx, { events: [event], deliveries: [{ ...delivery, handler: 'outbox-spec.unknown' }] }),
    );
    const reader = db.persistence({ worker: false });
    const [listed] = await reader.outbox.list({ handler: 'outbox-spec.unknown' });
    expect(listed?.event).toBeInstanceOf(UnknownStoredEvent);
    expect(listed?.event.eventType).toBe('test.AccountOpened.v1');
    expect(listed?.event.payload()).toEqual({ owner: 'Ada', openedOn: new Date('2024-01-01T00:00:00.000Z') });
  });

  test('keeps the trace context of events in columns of their own', async () => {
    const { outbox, transactions } = db.persistence({ worker: false, events: [AccountOpened] });
    const { event, delivery } = opened('ob-4');
    const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    const traced = event.withMetadata({ traceparent, tracestate: 'vendor=1' } as unknown as EventMetadata);
    await transactions.run((tx) =>
      outbox.append(tx, { events: [traced], deliveries: [{ ...delivery, event: traced, handler: 'outbox-spec.t' }] }),
    );
    const [listed] = await outbox.list({ handler: 'outbox-spec.t' });
    expect(listed?.event).toMatchObject({ traceparent, tracestate: 'vendor=1' });
    expect(listed?.event).toEqual(traced);
    const where = 'event_id = $1 AND traceparent = $2 AND tracestate = $3 AND metadata IS NULL';
    expect(await db.count('outbox_events', where, [event.eventId, traceparent, 'vendor=1'])).toBe(1);
  });

  test("continues the command's trace when the durable worker runs a handler after a restart", async () => {
    const writerTracing = tracing();
    const writer = await bank(db.persistence({ worker: false }), {
      eventHandlers: [Traced],
      telemetry: writerTracing.telemetry,
    });
    await writer.mediator.send(OpenAccount, { id: 'ob-trace', owner: 'Ada' });
    await writer.close();
    const command = spanNamed(writerTracing.exporter.getFinishedSpans(), 'command test.OpenAccount');
    expect(command).toBeDefined();

    // Another process, its own tracer: only the stored trace context links the two.
    const workerTracing = tracing();
    const worker = await bank(db.persistence(), { eventHandlers: [Traced], telemetry: workerTracing.telemetry });
    const delivery = (): ReadableSpan | undefined =>
      workerTracing.exporter
        .getFinishedSpans()
        .find((s) => s.name === 'process test.AccountOpened.v1' && s.attributes['messaging.message.id'] !== undefined);
    await eventually(async () => delivery() !== undefined, 10_000);
    await worker.close();
    expect(delivery()?.spanContext().traceId).toBe(command?.spanContext().traceId);
  });

  test('counts deliveries per handler, as the operations do, and feeds the outbox gauges', async () => {
    const persistence = db.persistence({ worker: false, events: [AccountOpened] });
    const { outbox, transactions } = persistence;
    const first = opened('ob-5');
    const second = opened('ob-6');
    const deliveries = [first, second].map((o) => ({ ...o.delivery, handler: 'outbox-spec.stats' }));
    await transactions.run((tx) => outbox.append(tx, { events: [first.event, second.event], deliveries }));
    await outbox.markDead(deliveries[0]?.id ?? '', 1, 'Error: broken');

    const counts = { handler: 'outbox-spec.stats', pending: 1, failed: 0, dead: 1, completed: 0 };
    const mine = (await outbox.stats()).find((s) => s.handler === 'outbox-spec.stats');
    expect(mine).toMatchObject(counts);
    expect(mine?.oldestPendingAgeMs).toBeGreaterThanOrEqual(0);
    expect((await persistence.operations.stats()).find((s) => s.handler === 'outbox-spec.stats')).toMatchObject(counts);

    // createGlia picks the outbox up as the gauges' source.
    const reader = new OnDemandReader();
    const telemetry = new GliaTelemetry({ meterProvider: new MeterProvider({ readers: [reader] }) });
    const glia = await bank(persistence, { telemetry });
    const { resourceMetrics } = await reader.collect();
    await glia.close();
    const gauge = (name: string): unknown =>
      resourceMetrics.scopeMetrics
        .flatMap((scope) => scope.metrics)
        .find((metric) => metric.descriptor.name === name)
        ?.dataPoints.find((point) => point.attributes['glia.handler'] === 'outbox-spec.stats')?.value;
    expect(gauge('glia.outbox.pending')).toBe(1);
    expect(gauge('glia.outbox.dead')).toBe(1);
    expect(gauge('glia.outbox.oldest_pending_age')).toEqual(expect.any(Number));
  });
});
