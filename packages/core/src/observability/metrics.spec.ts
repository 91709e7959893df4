import { describe, expect, it } from '@jest/globals';
import {
  AggregationTemporality,
  InMemoryMetricExporter,
  MeterProvider,
  MetricReader,
  type DataPoint,
  type MetricData,
} from '@opentelemetry/sdk-metrics';
import { createGlia } from '../di/create-glia.js';
import { ConcurrencyError } from '../errors/concurrency.error.js';
import { GliaTelemetry } from './glia-telemetry.js';
import {
  AuditHandler,
  BrokenHandler,
  FlakyHandler,
  OpenTicket,
  OpenTicketHandler,
  Ticket,
} from './observability.fixtures.js';

// Collects on demand, and hands the result to the SDK's in-memory exporter like a periodic reader would.
class OnDemandReader extends MetricReader {
  readonly exporter = new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE);
  async read(): Promise<MetricData[]> {
    const { resourceMetrics } = await this.collect();
    await new Promise((resolve) => this.exporter.export(resourceMetrics, resolve));
    return resourceMetrics.scopeMetrics.flatMap((s) => s.metrics);
  }
  protected async onForceFlush(): Promise<void> {}
  protected async onShutdown(): Promise<void> {}
}

type Point = DataPoint<unknown>;
const points = (metrics: readonly MetricData[], name: string): readonly Point[] =>
  (metrics.find((m) => m.descriptor.name === name)?.dataPoints ?? []) as readonly Point[];
const valueOf = (metrics: readonly MetricData[], name: string, attributes: Record<string, unknown>): unknown =>
  points(metrics, name).find((p) => Object.entries(attributes).every(([k, v]) => p.attributes[k] === v))?.value;

describe('metrics', () => {
  it('count commands, events, and completed, retried and dead deliveries after a known workload', async () => {
    const reader = new OnDemandReader();
    const telemetry = new GliaTelemetry({ meterProvider: new MeterProvider({ readers: [reader] }) });
    const glia = await createGlia({
      aggregates: [Ticket],
      commandHandlers: [OpenTicketHandler],
      eventHandlers: [AuditHandler, FlakyHandler, BrokenHandler],
      telemetry,
    });
    for (const id of ['m-1', 'm-2', 'm-3']) await glia.mediator.send(OpenTicket, { id, title: id });
    await expect(glia.mediator.send(OpenTicket, { id: 'm-1', title: 'again' })).rejects.toThrow(ConcurrencyError);
    await glia.drain();

    const metrics = await reader.read();
    const command = { 'glia.message.type': 'obs.OpenTicket', 'glia.message.kind': 'command' };
    expect(valueOf(metrics, 'glia.commands', { ...command, 'glia.outcome': 'success' })).toBe(3);
    expect(valueOf(metrics, 'glia.commands', { ...command, 'glia.outcome': 'error' })).toBe(1);
    expect(valueOf(metrics, 'glia.command.duration', { ...command, 'glia.outcome': 'success' })).toMatchObject({
      count: 3,
    });
    expect(valueOf(metrics, 'glia.events.raised', { 'glia.event.type': 'obs.TicketOpened.v1' })).toBe(3);
    const deliveries = (handler: string, outcome: string): unknown =>
      valueOf(metrics, 'glia.deliveries', { 'glia.handler': handler, 'glia.outcome': outcome });
    expect(deliveries('obs.audit', 'completed')).toBe(3);
    expect(deliveries('obs.flaky', 'retried')).toBe(3);
    expect(deliveries('obs.flaky', 'completed')).toBe(3);
    expect(deliveries('obs.broken', 'dead')).toBe(3);
    expect(deliveries('obs.broken', 'completed')).toBeUndefined();
    expect(
      valueOf(metrics, 'glia.handler.duration', { 'glia.handler': 'obs.flaky', 'glia.outcome': 'failed' }),
    ).toMatchObject({ count: 3 });
    expect(valueOf(metrics, 'glia.outbox.dead', { 'glia.handler': 'obs.broken' })).toBe(3);
    expect(valueOf(metrics, 'glia.outbox.pending', { 'glia.handler': 'obs.flaky' })).toBe(0);
    expect(reader.exporter.getMetrics()).toHaveLength(1);
    await glia.close();
  });

  it('report the oldest pending delivery through the outbox gauges', async () => {
    const reader = new OnDemandReader();
    const telemetry = new GliaTelemetry({ meterProvider: new MeterProvider({ readers: [reader] }) });
    const source = {
      stats: async () => [{ handler: 'slow', pending: 4, failed: 1, dead: 0, completed: 9, oldestPendingAgeMs: 2_500 }],
    };
    telemetry.observeDeliveryStats(source);
    const metrics = await reader.read();
    expect(valueOf(metrics, 'glia.outbox.pending', { 'glia.handler': 'slow' })).toBe(4);
    expect(valueOf(metrics, 'glia.outbox.failed', { 'glia.handler': 'slow' })).toBe(1);
    expect(valueOf(metrics, 'glia.outbox.oldest_pending_age', { 'glia.handler': 'slow' })).toBe(2.5);
  });
});
