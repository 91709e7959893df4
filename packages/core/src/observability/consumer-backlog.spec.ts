import { describe, expect, it } from '@jest/globals';
import { MeterProvider, MetricReader, type MetricData } from '@opentelemetry/sdk-metrics';
import type { Logger } from '../logging/logger.js';
import { GliaTelemetry } from './glia-telemetry.js';

// Collects only when the test asks.
class OnDemandReader extends MetricReader {
  async read(): Promise<readonly MetricData[]> {
    return (await this.collect()).resourceMetrics.scopeMetrics.flatMap((s) => s.metrics);
  }
  protected async onForceFlush(): Promise<void> {}
  protected async onShutdown(): Promise<void> {}
}

const backlogPoints = (metrics: readonly MetricData[]) =>
  (metrics.find((m) => m.descriptor.name === 'glia.consumer.backlog')?.dataPoints ?? []).map((p) => ({
    attributes: p.attributes,
    value: p.value,
  }));

describe('glia.consumer.backlog', () => {
  it('reports each source when metrics are collected, skipping one that fails with a warning', async () => {
    const reader = new OnDemandReader();
    const telemetry = new GliaTelemetry({ meterProvider: new MeterProvider({ readers: [reader] }) });
    const warnings: string[] = [];
    const logger: Logger = {
      debug: () => undefined,
      info: () => undefined,
      warn: (message) => void warnings.push(message),
      error: () => undefined,
    };
    let ready = 3;
    telemetry.observeConsumerBacklog(
      { backlog: async () => [{ consumer: 'billing', destination: 'billing-q', messages: ready }] },
      logger,
    );
    const stopBroken = telemetry.observeConsumerBacklog({
      backlog: () => Promise.reject(new Error('broker away')),
    });

    expect(backlogPoints(await reader.read())).toEqual([
      { attributes: { 'glia.consumer': 'billing', 'messaging.destination.name': 'billing-q' }, value: 3 },
    ]);
    expect(warnings).toEqual(['Could not read a consumer backlog']);
    stopBroken();
    ready = 0;
    expect(backlogPoints(await reader.read())).toEqual([
      { attributes: { 'glia.consumer': 'billing', 'messaging.destination.name': 'billing-q' }, value: 0 },
    ]);
    expect(warnings).toHaveLength(1);
  });
});
