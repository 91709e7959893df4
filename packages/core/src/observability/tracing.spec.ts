import { describe, expect, it } from '@jest/globals';
import { SpanKind } from '@opentelemetry/api';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
  type ReadableSpan,
} from '@opentelemetry/sdk-trace-base';
import { createGlia } from '../di/create-glia.js';
import { decodeBinary, encodeBinary } from '../integration/binary-mode.js';
import type { CloudEvent } from '../integration/cloud-event.js';
import { IntegrationEventReceiver } from '../integration/integration-event-receiver.js';
import { IntegrationEventRouter } from '../integration/integration-event-router.js';
import { OutboxRelay } from '../integration/outbox-relay.js';
import { inMemoryPersistence } from '../memory/in-memory-persistence.js';
import { GliaTelemetry } from './glia-telemetry.js';
import {
  AuditHandler,
  OpenTicket,
  OpenTicketHandler,
  Ticket,
  TicketOpenedV1,
  ticketOpenedMapping,
} from './observability.fixtures.js';

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const HTTP_TRACEPARENT = `00-${TRACE_ID}-00f067aa0ba902b7-01`;

function tracing(): { exporter: InMemorySpanExporter; telemetry: GliaTelemetry } {
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  return { exporter, telemetry: new GliaTelemetry({ tracerProvider: provider }) };
}

const byName = (spans: readonly ReadableSpan[], name: string): ReadableSpan => {
  const span = spans.find((s) => s.name === name);
  if (span === undefined) throw new Error(`no span '${name}' in ${spans.map((s) => s.name).join(', ')}`);
  return span;
};

describe('tracing', () => {
  it('keeps one trace id from an HTTP request through the commit, a handler, the CloudEvent and a consumer', async () => {
    const { exporter, telemetry } = tracing();
    const persistence = inMemoryPersistence();
    const glia = await createGlia({
      persistence,
      aggregates: [Ticket],
      commandHandlers: [OpenTicketHandler],
      eventHandlers: [AuditHandler],
      integrationEvents: [ticketOpenedMapping],
      telemetry,
    });
    await glia.mediator.send(OpenTicket, { id: 't-1', title: 'printer' }, { traceparent: HTTP_TRACEPARENT });
    await glia.drain();

    // The wire: binary-mode AMQP headers, as another process would receive them.
    const received: string[] = [];
    const consumer = new IntegrationEventReceiver({
      name: 'helpdesk',
      router: new IntegrationEventRouter().on(TicketOpenedV1, ({ title }) => void received.push(title)),
      messagingSystem: 'rabbitmq',
      telemetry,
    });
    const wire: CloudEvent[] = [];
    const relay = new OutboxRelay(
      persistence.outbox,
      {
        publish: async (events) => {
          for (const event of events) {
            const decoded = decodeBinary(encodeBinary(event, 'amqp'), 'amqp');
            wire.push(decoded);
            await consumer.receive(decoded);
          }
          return events.map((e) => ({ id: e.id, outcome: 'confirmed' as const }));
        },
      },
      { messagingSystem: 'rabbitmq', destination: 'tickets', telemetry },
    );
    await relay.relayAll();

    expect(received).toEqual(['printer']);
    const spans = exporter.getFinishedSpans();
    const command = byName(spans, 'command obs.OpenTicket');
    const commit = byName(spans, 'glia.commit');
    const handler = byName(spans, 'process obs.TicketOpened.v1');
    const publish = byName(spans, 'send tickets');
    const consume = byName(spans, 'process helpdesk');
    for (const span of [command, commit, handler, publish, consume]) expect(span.spanContext().traceId).toBe(TRACE_ID);
    expect(command.parentSpanContext?.spanId).toBe('00f067aa0ba902b7');
    expect(commit.parentSpanContext?.spanId).toBe(command.spanContext().spanId);
    expect(handler.parentSpanContext?.spanId).toBe(commit.spanContext().spanId);
    expect(handler.kind).toBe(SpanKind.CONSUMER);
    expect(handler.attributes).toMatchObject({
      'messaging.system': 'glia',
      'messaging.operation.type': 'process',
      'messaging.destination.name': 'obs.audit',
      'glia.delivery.attempt': 1,
      'glia.outcome': 'completed',
    });
    expect(wire[0]?.traceparent).toBe(`00-${TRACE_ID}-${commit.spanContext().spanId}-01`);
    expect(publish.attributes).toMatchObject({ 'messaging.system': 'rabbitmq', 'messaging.message.id': wire[0]?.id });
    expect(consume.attributes).toMatchObject({ 'messaging.system': 'rabbitmq', 'glia.outcome': 'handled' });
    await glia.close();
  });

  it('stores the trace context on each committed event so a later delivery continues it', async () => {
    const { telemetry } = tracing();
    const persistence = inMemoryPersistence();
    const glia = await createGlia({
      persistence,
      aggregates: [Ticket],
      commandHandlers: [OpenTicketHandler],
      telemetry,
    });
    await glia.mediator.send(OpenTicket, { id: 't-2', title: 'mouse' }, { traceparent: HTTP_TRACEPARENT });
    const [event] = persistence.outbox.events;
    expect(event?.traceparent).toMatch(new RegExp(`^00-${TRACE_ID}-[0-9a-f]{16}-01$`));
    expect(event?.payload()).toEqual({ title: 'mouse' });
    await glia.close();
  });

  it('records nothing and stores no trace context when no SDK is configured', async () => {
    const persistence = inMemoryPersistence();
    const glia = await createGlia({ persistence, aggregates: [Ticket], commandHandlers: [OpenTicketHandler] });
    await glia.mediator.send(OpenTicket, { id: 't-3', title: 'desk' });
    expect(persistence.outbox.events[0]?.traceparent).toBeUndefined();
    await glia.close();
  });
});
