import type { TelemetryOptions } from '@glia/core';
import {
  AggregationTemporality,
  InMemoryMetricExporter,
  MeterProvider,
  PeriodicExportingMetricReader,
} from '@opentelemetry/sdk-metrics';
import {
  AlwaysOffSampler,
  AlwaysOnSampler,
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';

/** OpenTelemetry SDK providers for one sample, handed to `createGlia({ telemetry })`, and their shutdown. */
export type SdkTelemetry = { readonly options: TelemetryOptions; readonly shutdown: () => Promise<void> };

/** An SDK that records every span (in memory) and aggregates every metric. */
export function recordingTelemetry(): SdkTelemetry {
  return sdk(new AlwaysOnSampler(), new InMemorySpanExporter());
}

/** An SDK whose sampler records no span; metrics are still aggregated. */
export function samplingNothingTelemetry(): SdkTelemetry {
  return sdk(new AlwaysOffSampler(), undefined);
}

function sdk(sampler: AlwaysOnSampler | AlwaysOffSampler, spans: InMemorySpanExporter | undefined): SdkTelemetry {
  const tracerProvider = new BasicTracerProvider({
    sampler,
    spanProcessors: spans === undefined ? [] : [new SimpleSpanProcessor(spans)],
  });
  // Collected only at shutdown: the sample measures recording, not exporting.
  const reader = new PeriodicExportingMetricReader({
    exporter: new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE),
    exportIntervalMillis: 3_600_000,
  });
  const meterProvider = new MeterProvider({ readers: [reader] });
  return {
    options: { tracerProvider, meterProvider },
    shutdown: async () => {
      await Promise.all([tracerProvider.shutdown(), meterProvider.shutdown()]);
      spans?.reset();
    },
  };
}
