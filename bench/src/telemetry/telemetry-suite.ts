import { gliaCommitSample } from '../dispatch/glia-contenders.js';
import { alternate } from '../measure/alternate.js';
import type { BenchOptions } from '../options.js';
import { formatRate, formatRatio, type Section } from '../report/section.js';
import { recordingTelemetry, samplingNothingTelemetry, type SdkTelemetry } from './sdk-telemetry.js';

const HANDLERS = 3;

/**
 * What Glia's instrumentation costs: the same commit+drain workload (3 handlers) with no OpenTelemetry
 * SDK (the default: every call a no-op, spans skipped on the delivery path), with an SDK whose sampler
 * records nothing, and with an SDK recording every span and metric in memory.
 */
export async function telemetrySuite(options: BenchOptions): Promise<Section> {
  const events = options.dispatchEvents;
  const result = await alternate(
    [
      { name: 'none', sample: () => gliaCommitSample(HANDLERS, events) },
      { name: 'sampledOut', sample: () => withTelemetry(samplingNothingTelemetry, events) },
      { name: 'recording', sample: () => withTelemetry(recordingTelemetry, events) },
    ],
    options.rounds,
    !options.quick,
  );
  const rate = (name: string): number => result.get(name)?.median ?? Number.NaN;
  const [none, sampledOut, recording] = [rate('none'), rate('sampledOut'), rate('recording')];
  return {
    id: 'telemetry',
    title: 'Observability cost (events/s, median; commit+drain, 3 handlers)',
    note:
      `${events.toLocaleString('en-US')} events per sample, median of ${options.rounds} alternating rounds, the ` +
      '"Glia commit+drain" workload of the dispatch table with 3 handlers. "no SDK": the global OpenTelemetry ' +
      'providers, as an application without an SDK has them (the default). "SDK, sampled out": a ' +
      '`BasicTracerProvider` with `AlwaysOffSampler` and a `MeterProvider` with an in-memory reader. "SDK, ' +
      'recording": every span kept by an in-memory exporter, every metric aggregated. Cost ratios are time ' +
      'per event against "no SDK".',
    columns: ['no SDK', 'SDK, sampled out', 'SDK, recording', 'sampled out ÷ no SDK', 'recording ÷ no SDK'],
    rows: [
      [
        formatRate(none),
        formatRate(sampledOut),
        formatRate(recording),
        formatRatio(none / sampledOut),
        formatRatio(none / recording),
      ],
    ],
    targets: [],
    data: { handlers: HANDLERS, events, samples: Object.fromEntries(result) },
  };
}

async function withTelemetry(make: () => SdkTelemetry, events: number): Promise<number> {
  const telemetry = make();
  try {
    return await gliaCommitSample(HANDLERS, events, telemetry.options);
  } finally {
    await telemetry.shutdown();
  }
}
